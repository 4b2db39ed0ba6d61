import type { GateVerdict, IgnoredReview } from "../../model/verdict.js";

/**
 * One condition the gate waits for. `kind: "wait"` is met by people acting (approvals, a fresh plan);
 * `kind: "fail"` means something is wrong until it is met (tamper without a security approval).
 */
export interface GateRequirement {
  id: string;
  met: boolean;
  /** What is missing, written for the people who can unblock it (shown while unmet). */
  missing: string;
  kind: "wait" | "fail";
}

/** Everything the gate decision needs, already computed. */
export interface GateInput {
  mode: "enforce" | "shadow";
  /** False when the PR is out of scope (not agent-authored, touches no infrastructure); `why` says which. */
  gated: boolean;
  why: string;
  /** Errors that make the answer unknown (unreadable plan, evaluation error): each blocks with `failure`. */
  failures: readonly string[];
  requirements: readonly GateRequirement[];
  requiredApprovals: number;
  approvedBy: readonly string[];
  ignoredReviews: readonly IgnoredReview[];
  /** A break-glass override recorded for this head SHA: it opens the gate whatever else is missing. */
  override?: { login: string; reason: string; at: string };
}

/**
 * `decideGate` turns requirements into the check conclusion, failing closed: any failure → `failure`,
 * any unmet `fail` requirement → `failure`, any unmet `wait` requirement → `action_required`, else `success`.
 * In shadow mode the conclusion is `success` but `wouldBlock` and the summary say what enforce mode would do.
 */
export function decideGate(input: GateInput): GateVerdict {
  const unmet = input.requirements.filter((r) => !r.met);
  const missing = [...input.failures, ...unmet.map((r) => r.missing)];
  const enforced = input.override ? "success" : enforcedConclusion(input, unmet);
  const wouldBlock = enforced !== "success";
  const shadow = input.mode === "shadow";
  return {
    conclusion: shadow ? "success" : enforced,
    requiredApprovals: input.requiredApprovals,
    approvedBy: [...input.approvedBy],
    ignoredReviews: [...input.ignoredReviews],
    summary: summarize(input, enforced, shadow),
    missing: input.gated || input.failures.length > 0 ? missing : [],
    mode: input.mode,
    wouldBlock,
  };
}

function enforcedConclusion(input: GateInput, unmet: readonly GateRequirement[]): GateVerdict["conclusion"] {
  if (input.failures.length > 0) return "failure";
  if (!input.gated) return "success";
  if (unmet.some((r) => r.kind === "fail")) return "failure";
  if (unmet.length > 0) return "action_required";
  return "success";
}

function summarize(input: GateInput, enforced: GateVerdict["conclusion"], shadow: boolean): string {
  if (input.override) {
    const unmet = input.failures.length + input.requirements.filter((r) => !r.met).length;
    return `Opened by a break-glass override by ${input.override.login} at ${input.override.at}: "${input.override.reason}". ${unmet} requirement${unmet === 1 ? " was" : "s were"} not met; a new push closes the gate again.`;
  }
  const prefix = shadow && enforced !== "success" ? "Shadow mode: this PR passes, but enforce mode would block it. " : "";
  if (input.failures.length > 0) return `${prefix}Blocked: ${input.failures.length === 1 ? "an input" : `${input.failures.length} inputs`} could not be evaluated, so the gate stays closed.`;
  if (!input.gated) return `${prefix}May merge: ${input.why}.`;
  if (enforced === "success") return `${prefix}May merge: ${input.why}; every requirement is met.`;
  const unmet = input.requirements.filter((r) => !r.met).length;
  const verb = enforced === "failure" ? "Blocked" : "Waiting";
  return `${prefix}${verb}: ${input.why}; ${unmet} requirement${unmet === 1 ? "" : "s"} not met yet.`;
}
