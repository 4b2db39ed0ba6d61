import { createRiskLookup } from "../risk-catalogue/index.js";
import type { Diagnostic } from "../../model/diagnostic.js";
import type { RootInfo } from "../../model/ingest-result.js";
import { isMutating, type ConfigChange, type ResourceChange } from "../../model/resource-change.js";
import { scoreFromReasons, type Score, type ScoreReason } from "../../model/score.js";
import { aggregateReasons } from "./aggregate-reasons.js";
import { destroyReasons } from "./destroy-rules.js";
import { protectionReasons } from "./protection-rules.js";
import { configDestroyReasons } from "./repetition-rules.js";
import { DEFAULT_WEIGHTS, type ScoringWeights } from "./scoring-weights.js";
import { unknownInputReasons } from "./unknown-rules.js";

/**
 * `scoreDestructiveness` scores what a change set can lose, 0–100 with a reason for every point:
 * 1. every unreadable input or incomplete root (unknown is not safe);
 * 2. every destroyed, replaced or forgotten resource, weighted by what it holds (drift, reads and no-ops
 *    count for nothing, a move is not a delete, an import destroys nothing);
 * 3. every protection weakened (guard attributes, `prevent_destroy`, CloudFormation retain policies);
 * 4. configuration changes that destroy what no plan listed (removed modules, lower counts).
 * Reasons beyond `limits.reasonsPerRule` per rule are folded into one "and N more".
 */
export function scoreDestructiveness(params: {
  changes: readonly ResourceChange[];
  configChanges: readonly ConfigChange[];
  diagnostics: readonly Diagnostic[];
  roots: readonly RootInfo[];
  weights?: ScoringWeights | undefined;
}): Score {
  const weights = params.weights ?? DEFAULT_WEIGHTS;
  const lookup = createRiskLookup();
  const reasons: ScoreReason[] = unknownInputReasons(params.diagnostics, params.roots, weights);
  // Indexed loops: no iterator objects per change while this code is still unoptimised.
  const { changes } = params;
  for (let i = 0; i < changes.length; i += 1) {
    const change = changes[i] as ResourceChange;
    if (!isMutating(change)) continue;
    const profile = lookup(change.type);
    appendAll(reasons, destroyReasons(change, profile, weights));
    appendAll(reasons, protectionReasons(change, profile, weights));
  }
  reasons.push(...configDestroyReasons({ configChanges: params.configChanges, changes: params.changes, weights, lookup }));
  return scoreFromReasons(aggregateReasons(reasons.filter((r) => r.points > 0), weights.limits));
}

function appendAll(out: ScoreReason[], more: readonly ScoreReason[]): void {
  for (let i = 0; i < more.length; i += 1) out.push(more[i] as ScoreReason);
}
