import type { EvaluationEvent } from "../../model/audit-event.js";
import type { DecisionCounts } from "./dashboard-summary.js";

/** One of the outcomes counted in `DecisionCounts`. */
export type DecisionOutcome = keyof DecisionCounts;

/**
 * `decisionOutcome` classifies one evaluation: `blocked` when the check is not `success`; `overridden` when
 * it passed after an override of its head (`overridden`); `shadowed` when shadow mode passed it although
 * enforce mode would block; `approved` when it passed with approvals required; `passed` when nothing was.
 */
export function decisionOutcome(event: EvaluationEvent, overridden: boolean): DecisionOutcome {
  const { decision } = event;
  if (decision.conclusion !== "success") return "blocked";
  if (overridden) return "overridden";
  if (decision.wouldBlock) return "shadowed";
  return decision.requiredApprovals > 0 ? "approved" : "passed";
}

/** `emptyDecisions` returns all-zero decision counts. */
export function emptyDecisions(): DecisionCounts {
  return { blocked: 0, overridden: 0, approved: 0, passed: 0, shadowed: 0 };
}
