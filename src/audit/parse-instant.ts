const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * `parseInstant` reads an ISO 8601 date-time with a zone (`2026-11-21T12:00:00Z`, `…T14:00:00.5+02:00`) as
 * epoch milliseconds; with `allowDate`, also a calendar date (`2026-11-21`, midnight UTC). Returns NaN for
 * anything else, including impossible dates (`2026-02-30`, which `Date.parse` would roll over to March) and
 * date-times without a zone (which would mean different instants on different machines).
 */
export function parseInstant(text: string, options: { allowDate?: boolean } = {}): number {
  const isDate = DATE.test(text);
  if (!DATE_TIME.test(text) && !(isDate && options.allowDate === true)) return Number.NaN;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return ms;
  const [year, month, day] = text.slice(0, 10).split("-").map(Number) as [number, number, number];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  const real = calendar.getUTCFullYear() === year && calendar.getUTCMonth() === month - 1 && calendar.getUTCDate() === day;
  return real ? ms : Number.NaN;
}
