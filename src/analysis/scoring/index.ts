export { scoreDestructiveness } from "./score-destructiveness.js";
export { scoreBlastRadius } from "./score-blast-radius.js";
export { DEFAULT_WEIGHTS, type LogWeight, type ScoringWeights } from "./scoring-weights.js";
export { mergeWeights, type ScoringWeightsOverride } from "./merge-weights.js";
export type { EnvironmentTier } from "./scope-rules.js";
export { aggregateReasons } from "./aggregate-reasons.js";
export { countDependents, type DependentCount } from "./count-dependents.js";
export { readAttribute, readKnown, type AttributeRead } from "./read-attribute.js";
