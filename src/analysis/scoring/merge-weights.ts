import { DEFAULT_WEIGHTS, type ScoringWeights } from "./scoring-weights.js";

/** A partial override of ScoringWeights at any depth (what a config file may set). */
export type ScoringWeightsOverride = {
  [K in keyof ScoringWeights]?: ScoringWeights[K] extends number ? number : DeepPartial<ScoringWeights[K]>;
};

type DeepPartial<T> = { [K in keyof T]?: T[K] extends number ? number : DeepPartial<T[K]> };

/**
 * `mergeWeights` deep-merges an override onto a base (DEFAULT_WEIGHTS unless given) and returns a new object;
 * keys the override leaves out keep the base value, and non-finite numbers are ignored.
 */
export function mergeWeights(override: ScoringWeightsOverride | undefined, base: ScoringWeights = DEFAULT_WEIGHTS): ScoringWeights {
  return mergeObject(base, override) as ScoringWeights;
}

function mergeObject(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base)) {
    return typeof override === "number" && Number.isFinite(override) ? override : base;
  }
  const out: Record<string, unknown> = {};
  const patch = isPlainObject(override) ? override : {};
  for (const [key, value] of Object.entries(base)) out[key] = mergeObject(value, patch[key]);
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
