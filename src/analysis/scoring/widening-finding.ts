import type { ScoringWeights } from "./scoring-weights.js";

/** A weight key of `ScoringWeights.widening`. */
export type WideningWeight = keyof ScoringWeights["widening"];

/**
 * One access-widening fact about a resource's attributes. `key` identifies it so the before and after sides
 * can be compared (only new findings count), `rule` groups it for the report, `detail` says what was found
 * ("allows \"Action\": \"*\""), `checks` cites the Checkov/Trivy rules that flag the same thing.
 */
export interface WideningFinding {
  key: string;
  rule: string;
  weight: WideningWeight;
  detail: string;
  checks?: string;
}

/** `newFindings` returns the findings of `after` whose key `before` does not have. */
export function newFindings(before: readonly WideningFinding[], after: readonly WideningFinding[]): WideningFinding[] {
  if (after.length === 0) return [];
  const had = new Set(before.map((f) => f.key));
  const seen = new Set<string>();
  return after.filter((f) => {
    if (had.has(f.key) || seen.has(f.key)) return false;
    seen.add(f.key);
    return true;
  });
}
