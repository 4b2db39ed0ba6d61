import { createRiskLookup } from "../risk-catalogue/index.js";
import type { DependencyGraph } from "../../model/dependency-graph.js";
import { hasErrors, type Diagnostic } from "../../model/diagnostic.js";
import type { RootInfo } from "../../model/ingest-result.js";
import { isMutating, type ConfigChange, type ResourceChange } from "../../model/resource-change.js";
import { scoreFromReasons, type Score, type ScoreReason } from "../../model/score.js";
import { aggregateReasons } from "./aggregate-reasons.js";
import { configReachReasons } from "./config-reach-rules.js";
import { dependentReasons } from "./dependents-rules.js";
import { reachReasons } from "./reach-rules.js";
import { environmentReasons, rootsReason, type EnvironmentTier } from "./scope-rules.js";
import { DEFAULT_WEIGHTS, type ScoringWeights } from "./scoring-weights.js";
import { tamperReasons } from "./tamper-rules.js";
import { unknownInputReasons } from "./unknown-rules.js";
import { wideningReasons } from "./widening-rules.js";

/**
 * `scoreBlastRadius` scores how far a change set can reach, 0–100 with a reason for every point:
 * 1. every unreadable input or incomplete root (unknown is not safe);
 * 2. how many resources change, moves and creations included, and which hub categories;
 * 3. the transitive dependents of changed resources in the configuration graph (one linear walk);
 * 4. the environments deployed to, and how many roots or stacks are involved;
 * 5. module, provider, backend and output changes;
 * 6. privilege widening and exposure that was not there before;
 * 7. tampered governance files.
 * Reasons beyond `limits.reasonsPerRule` per rule are folded into one "and N more".
 */
export function scoreBlastRadius(params: {
  changes: readonly ResourceChange[];
  configChanges: readonly ConfigChange[];
  graph: DependencyGraph;
  diagnostics: readonly Diagnostic[];
  roots: readonly RootInfo[];
  environments: readonly EnvironmentTier[];
  tamperedFiles?: readonly string[] | undefined;
  weights?: ScoringWeights | undefined;
}): Score {
  const weights = params.weights ?? DEFAULT_WEIGHTS;
  const lookup = createRiskLookup();
  const { changes, configChanges } = params;
  const reasons: ScoreReason[] = unknownInputReasons(params.diagnostics, params.roots, weights);
  reasons.push(...reachReasons(changes, weights, lookup));
  reasons.push(...dependentReasons({ changes, graph: params.graph, weights }));
  const touched = configChanges.length > 0 || hasErrors(params.diagnostics) || changes.some(isMutating);
  reasons.push(...environmentReasons(params.environments, touched, weights));
  reasons.push(...rootsReason(changes, configChanges, weights));
  reasons.push(...configReachReasons(configChanges, weights));
  // Indexed loops: no iterator objects per change while this code is still unoptimised.
  for (let i = 0; i < changes.length; i += 1) {
    const change = changes[i] as ResourceChange;
    if (!isMutating(change)) continue;
    const widening = wideningReasons(change, lookup(change.type), weights);
    for (let j = 0; j < widening.length; j += 1) reasons.push(widening[j] as ScoreReason);
  }
  reasons.push(...tamperReasons(params.tamperedFiles ?? [], weights));
  return scoreFromReasons(aggregateReasons(reasons.filter((r) => r.points > 0), weights.limits));
}
