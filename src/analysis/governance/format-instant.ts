/**
 * `formatInstant` writes epoch milliseconds as ISO 8601 in UTC, without milliseconds when they are zero
 * (`2026-11-21T15:20:00Z`). A value outside the range of dates is written `an unknown time`.
 */
export function formatInstant(ms: number): string {
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return "an unknown time";
  return new Date(ms).toISOString().replace(/\.000Z$/, "Z");
}
