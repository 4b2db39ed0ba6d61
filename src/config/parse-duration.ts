const UNIT_MS: Readonly<Record<string, number>> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/**
 * `parseDuration` reads a config duration (`30m`, `24h`, `7d`, `2w`: a whole number and one unit) into
 * milliseconds, or undefined when the text is not one.
 */
export function parseDuration(text: string): number | undefined {
  const match = /^([1-9][0-9]{0,4})([mhdw])$/.exec(text);
  if (match === null) return undefined;
  const [, amount, unit] = match;
  const ms = UNIT_MS[unit ?? ""];
  return ms === undefined ? undefined : Number(amount) * ms;
}
