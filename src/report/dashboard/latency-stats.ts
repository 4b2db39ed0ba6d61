import type { LatencyStats } from "./dashboard-summary.js";

/**
 * `latencyStats` returns the count, median and 90th percentile of durations in seconds, by nearest rank
 * (the smallest value with at least p% of values at or below it, so always an observed value).
 */
export function latencyStats(seconds: readonly number[]): LatencyStats {
  if (seconds.length === 0) return { count: 0, medianSeconds: null, p90Seconds: null };
  const sorted = [...seconds].sort((a, b) => a - b);
  return { count: sorted.length, medianSeconds: nearestRank(sorted, 0.5), p90Seconds: nearestRank(sorted, 0.9) };
}

function nearestRank(sorted: readonly number[], p: number): number {
  const index = Math.max(0, Math.ceil(p * sorted.length) - 1);
  return sorted[index] ?? 0;
}
