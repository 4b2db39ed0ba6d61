const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/i;

/**
 * `parseInstant` reads an ISO 8601 date and time with a time zone (`2026-11-21T12:00:00Z`,
 * `2026-11-21T13:00+01:00`) into epoch milliseconds, or undefined when the value is not one. Stricter than
 * `Date.parse`: a time without a zone (read in the machine's local zone), a date alone, a day past the end of
 * its month (`2026-02-30`) or anything that is not a string is refused, so the answer never depends on the
 * machine it runs on.
 */
export function parseInstant(value: unknown): number | undefined {
  if (typeof value !== "string") return undefined;
  const match = INSTANT.exec(value);
  if (match === null) return undefined;
  const month = Number(match[2]) - 1;
  // A day past the end of its month (or day 00) rolls into another month.
  if (new Date(Date.UTC(Number(match[1]), month, Number(match[3]))).getUTCMonth() !== month) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}
