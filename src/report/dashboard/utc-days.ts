const DAY_MS = 86_400_000;

/** A window of whole UTC days: the first day's start in epoch ms and the `YYYY-MM-DD` key of each day. */
export interface UtcDays {
  startMs: number;
  keys: string[];
}

/**
 * `utcDays` returns the `days` UTC days ending with the day that contains `now`, oldest first.
 * `days` must be a positive integer.
 */
export function utcDays(now: Date, days: number): UtcDays {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a positive integer, got ${days}`);
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  const startMs = today - (days - 1) * DAY_MS;
  const keys = Array.from({ length: days }, (_, i) => dayKey(startMs + i * DAY_MS));
  return { startMs, keys };
}

/** `dayKey` is the UTC date (`YYYY-MM-DD`) of an instant in epoch ms. */
export function dayKey(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
