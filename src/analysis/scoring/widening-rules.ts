import type { RiskProfile } from "../risk-catalogue/index.js";
import { isDestroying, type ResourceChange } from "../../model/resource-change.js";
import type { ScoreReason } from "../../model/score.js";
import { scaledPoints, sourceNote } from "./certainty-factor.js";
import { checkGuard, guardLabel } from "./check-guard.js";
import { grantFindings, hasGrants } from "./grant-findings.js";
import { documentBlockFindings, policyFindings } from "./iam-policy-findings.js";
import { hasIngress, ingressFindings } from "./ingress-findings.js";
import { hasPolicyDocuments, policyDocumentsOf } from "./policy-documents.js";
import type { ScoringWeights } from "./scoring-weights.js";
import { newFindings, type WideningFinding } from "./widening-finding.js";

/** Imports are left out: the access they bring under management already exists. */
const GAINS_ACCESS = new Set(["create", "update", "replace"]);
const POLICY_DOCUMENT_DATA = "aws_iam_policy_document";

/** What each widening rule means and what to do about it. */
const RULE_TEXT: Record<string, { consequence: string; advice: string }> = {
  "widening.iam-wildcard": { consequence: "whoever holds it can do far more than one task needs", advice: "Grant only the actions the task needs; wildcard permissions need a human decision." },
  "widening.iam-wildcard-resource": { consequence: "it applies to every resource in the account", advice: "List the resource ARNs it needs." },
  "widening.public-principal": { consequence: "anyone can use it, other accounts and the public included", advice: "Name the principals that need access, or add a Condition that restricts it." },
  "widening.admin-grant": { consequence: "the grantee gets administrator-level access", advice: "Grant a narrower role; administrator grants need a human decision." },
  "widening.open-ingress": { consequence: "it is reachable from the whole internet", advice: "Restrict the source to known address ranges or security groups." },
};

/**
 * `wideningReasons` scores access a change opens that was not open before: IAM wildcards, public principals,
 * admin grants, `0.0.0.0/0` ingress, public endpoints and ACLs, public access blocks removed. One reason per
 * resource and rule (its largest finding's weight), so one sprawling policy does not count many times.
 */
export function wideningReasons(change: ResourceChange, profile: RiskProfile, weights: ScoringWeights): ScoreReason[] {
  if (change.drift) return [];
  if (isDestroying(change) && change.action === "delete") return removedGuardReasons(change, profile, weights);
  if (!GAINS_ACCESS.has(change.action) || (change.mode === "data" && change.type !== POLICY_DOCUMENT_DATA)) return [];
  // an update without prior state is an import in disguise: nothing to compare with, nothing newly granted
  if (change.action !== "create" && (change.before === null || change.importing !== undefined)) return [];
  const policies = !samePolicies(change.type, change.before, change.after);
  const fresh = newFindings(findingsOf(change.type, change.before, policies), findingsOf(change.type, change.after, policies));
  const reasons = findingReasons(change, fresh, weights);
  for (const guard of profile.exposures) {
    const path = guard[profile.format];
    if (path === undefined) continue;
    const verdict = checkGuard(guard, path, change);
    if (verdict.kind !== "weakened") continue;
    const checks = guard.checks === undefined ? "" : ` (${guard.checks})`;
    reasons.push({
      rule: "widening.exposure",
      address: change.address,
      message: `${guardLabel(path)} ${verdict.transition} on ${change.address}${checks}: ${guard.meaning}${sourceNote(change)}. Keep it private unless a human asked for public access.`,
      points: scaledPoints(weights.widening[guard.effect], change, weights),
    });
  }
  return reasons;
}

/**
 * `findingsOf` collects widening findings of one side of a change, reading only the attributes its type
 * defines; `policies: false` skips policy documents (when both sides hold the very same text).
 */
export function findingsOf(type: string, attributes: unknown, policies = true): WideningFinding[] {
  if (attributes === null || attributes === undefined) return [];
  const findings: WideningFinding[] = [];
  if (policies && hasPolicyDocuments(type)) {
    for (const { document, context } of policyDocumentsOf(type, attributes)) findings.push(...policyFindings(document, context));
  }
  if (type === POLICY_DOCUMENT_DATA) findings.push(...documentBlockFindings(attributes));
  if (hasGrants(type)) findings.push(...grantFindings(type, attributes));
  if (hasIngress(type)) findings.push(...ingressFindings(type, attributes));
  return findings;
}

/** Unchanged policy text cannot widen anything, and parsing it twice is the costliest part of widening. */
function samePolicies(type: string, before: unknown, after: unknown): boolean {
  if (!hasPolicyDocuments(type) || before === null || after === null) return false;
  const was = policyDocumentsOf(type, before);
  const now = policyDocumentsOf(type, after);
  return was.length === now.length && was.every((doc, i) => doc.document === now[i]?.document);
}

function findingReasons(change: ResourceChange, fresh: readonly WideningFinding[], weights: ScoringWeights): ScoreReason[] {
  if (fresh.length === 0) return [];
  const byRule = new Map<string, WideningFinding[]>();
  for (const finding of fresh) {
    const group = byRule.get(finding.rule);
    if (group === undefined) byRule.set(finding.rule, [finding]);
    else group.push(finding);
  }
  const reasons: ScoreReason[] = [];
  for (const [rule, findings] of byRule) {
    const text = RULE_TEXT[rule] ?? { consequence: "access widens", advice: "Check it with a human." };
    const details = findings.map((f) => f.detail).join("; ");
    const checks = [...new Set(findings.flatMap((f) => (f.checks === undefined ? [] : [f.checks])))].join("; ");
    const top = Math.max(...findings.map((f) => weights.widening[f.weight]));
    reasons.push({
      rule,
      address: change.address,
      message: `${change.address} ${details}${checks === "" ? "" : ` (${checks})`}: ${text.consequence}${sourceNote(change)}. ${text.advice}`,
      points: scaledPoints(top, change, weights),
    });
  }
  return reasons;
}

function removedGuardReasons(change: ResourceChange, profile: RiskProfile, weights: ScoringWeights): ScoreReason[] {
  const guard = profile.guardResource;
  if (guard === undefined || guard.effect.kind !== "exposure") return [];
  return [{
    rule: "widening.exposure",
    address: change.address,
    message: `${change.address} will be destroyed: ${guard.meaning}${sourceNote(change)}. Keep it unless a human asked for public access.`,
    points: scaledPoints(weights.widening[guard.effect.effect], change, weights),
  }];
}
