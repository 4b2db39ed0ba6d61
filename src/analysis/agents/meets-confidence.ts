import type { AgentConfidence } from "../../model/index.js";

const RANK: Readonly<Record<AgentConfidence, number>> = { none: 0, possible: 1, likely: 2, verified: 3 };

/** `confidenceRank` places a confidence on the scale none 0 < possible 1 < likely 2 < verified 3. */
export function confidenceRank(confidence: AgentConfidence): number {
  return RANK[confidence];
}

/**
 * `meetsConfidence` tells whether `confidence` is at least `minimum`, on the scale
 * none < possible < likely < verified. Policy uses it to pick its own threshold (e.g. discount approvals
 * only for `verified` agents).
 */
export function meetsConfidence(confidence: AgentConfidence, minimum: AgentConfidence): boolean {
  return RANK[confidence] >= RANK[minimum];
}
