import type { EvaluationEvent } from "../../model/audit-event.js";

/**
 * `isInfraEvaluation` tells whether an evaluation concerned infrastructure the gate cares about. Audit
 * events do not record `infra.touched`, so this reads what they do record: any planned change, environment,
 * non-zero score, required approval, or a gate that would block (a failed evaluation included). An infra PR
 * whose edit changes no resource and scores 0 (a comment in a `.tf` file) is therefore not counted.
 */
export function isInfraEvaluation(event: EvaluationEvent): boolean {
  const { decision } = event;
  if (decision.wouldBlock || decision.requiredApprovals > 0) return true;
  if (event.environments.length > 0) return true;
  if (event.destructiveness.score > 0 || event.blastRadius.score > 0) return true;
  return Object.values(event.changes.counts).some((count) => count > 0);
}
