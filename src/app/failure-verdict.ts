import type { Diagnostic } from "../model/diagnostic.js";
import type { Verdict } from "../model/verdict.js";

/**
 * `failureVerdict` is the verdict published when Airlock cannot evaluate a PR (GitHub errors, timeouts, an
 * invalid config): the gate fails closed with a message saying what failed and the delivery to retry.
 */
export function failureVerdict(params: { summary: string; missing: string[]; diagnostics?: Diagnostic[] }): Verdict {
  const none = { score: 0, tier: "none" as const, reasons: [] };
  return {
    agent: { isAgent: false, name: null, confidence: "none", requester: null, evidence: [] },
    infra: { touched: false, kinds: [], files: [], environments: [] },
    tamper: { detected: false, files: [] },
    changes: [],
    configChanges: [],
    destructiveness: none,
    blastRadius: none,
    labels: [],
    gate: { conclusion: "failure", requiredApprovals: 0, approvedBy: [], ignoredReviews: [], summary: params.summary, missing: params.missing, mode: "enforce", wouldBlock: true },
    diagnostics: params.diagnostics ?? [],
  };
}
