import type { LogWeight } from "./scoring-weights.js";

/** `logPoints` returns `min(max, factor · log2(1 + n))`, rounded: each doubling of `n` adds about `factor` points. */
export function logPoints(weight: LogWeight, n: number): number {
  if (n <= 0) return 0;
  return Math.round(Math.min(weight.max, weight.factor * Math.log2(1 + n)));
}
