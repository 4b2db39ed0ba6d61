import type { ChangeCertainty, ChangeSource } from "../../model/resource-change.js";
import type { ScoringWeights } from "./scoring-weights.js";

/** `certaintyFactor` returns the multiplier for a change's points: a plan is certain, a static diff less so. */
export function certaintyFactor(change: { certainty: ChangeCertainty }, weights: ScoringWeights): number {
  return weights.certainty[change.certainty];
}

/** `scaledPoints` applies the certainty multiplier and rounds, so every reason carries whole points. */
export function scaledPoints(points: number, change: { certainty: ChangeCertainty }, weights: ScoringWeights): number {
  return Math.round(points * certaintyFactor(change, weights));
}

/**
 * `sourceNote` returns the suffix that tells a reviewer a finding comes from a static HCL diff, without a plan
 * to confirm it (empty for plans and CloudFormation templates, which describe the change completely).
 */
export function sourceNote(change: { source: ChangeSource }): string {
  return change.source === "hcl" ? " (static diff: no plan)" : "";
}
