import type { TamperVerdict } from "../../model/verdict.js";

/** A governance file and why it guards changes (a `GovernanceMatch` fits). */
export interface GovernanceTouch {
  path: string;
  rule: string;
  why: string;
}

/**
 * The tamper verdict plus `reasons`: every governance file the pull request touches, once per path, with
 * why it matters. `reasons` is filled whether or not it is tamper, so reports can mention the files.
 */
export interface TamperDetection extends TamperVerdict {
  reasons: { path: string; why: string }[];
}

/**
 * `detectTamper` decides whether a pull request tampers with its own guardrails: an agent pull request
 * that touches any governance file does (`detected`, with the files sorted and unique); a human's does
 * not, since changing governance is a human's call. What follows (critical tier, the tamper label, a
 * security review) is the caller's to enforce.
 */
export function detectTamper(params: { isAgent: boolean; governance: readonly GovernanceTouch[] }): TamperDetection {
  const reasons: { path: string; why: string }[] = [];
  const seen = new Set<string>();
  for (const { path, why } of params.governance) {
    if (seen.has(path)) continue;
    seen.add(path);
    reasons.push({ path, why });
  }
  const detected = params.isAgent && reasons.length > 0;
  return { detected, files: detected ? [...seen].sort() : [], reasons };
}
