/** Label value used for everything a bounded label does not name. */
export const OTHER = "other";

/**
 * `allowlistLabel` maps a value to itself (lowercased) when it is in `allowed` (case-insensitive), else
 * to `other`: at most `allowed.length + 1` label values, decided by the operator.
 */
export function allowlistLabel(allowed: readonly string[]): (value: string) => string {
  const set = new Set(allowed.map((a) => a.toLowerCase()));
  return (value) => {
    const lower = value.toLowerCase();
    return set.has(lower) ? lower : OTHER;
  };
}

/**
 * `firstSeenLabel` maps the first `limit` distinct values (lowercased) to themselves and every later one
 * to `other`: at most `limit + 1` label values per process.
 */
export function firstSeenLabel(limit: number): (value: string) => string {
  const seen = new Set<string>();
  return (value) => {
    const lower = value.toLowerCase();
    if (seen.has(lower)) return lower;
    if (seen.size >= limit) return OTHER;
    seen.add(lower);
    return lower;
  };
}
