const MINUTE = 60_000;

/**
 * `describeDuration` writes a span of time for people, in at most two units, rounded up so that it never
 * promises less waiting than there is: `45 min`, `3 h 20 min`, `2 d 4 h` (for 2 days 3 hours 10 minutes).
 * Zero or less is `0 min`; less than a minute is `1 min`.
 */
export function describeDuration(ms: number): string {
  if (Number.isNaN(ms) || ms === Infinity) return "an unknown time";
  if (ms <= 0) return "0 min";
  const minutes = Math.ceil(ms / MINUTE);
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 24 * 60) return join(Math.floor(minutes / 60), "h", minutes % 60, "min");
  const hours = Math.ceil(minutes / 60);
  return join(Math.floor(hours / 24), "d", hours % 24, "h");
}

function join(major: number, majorUnit: string, minor: number, minorUnit: string): string {
  return minor === 0 ? `${major} ${majorUnit}` : `${major} ${majorUnit} ${minor} ${minorUnit}`;
}
