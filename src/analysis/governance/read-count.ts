/**
 * `readCount` reads a count of resources recorded or computed elsewhere: absent is 0, a fraction is rounded
 * up, and anything that is not a finite number of at least 0 is `Infinity` (unknown, so it counts as too many).
 */
export function readCount(value: unknown): number {
  if (value === undefined) return 0;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) return Infinity;
  return Math.ceil(value);
}
