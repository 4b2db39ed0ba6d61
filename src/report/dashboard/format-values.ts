/** `formatDuration` renders seconds briefly: `45s`, `12m`, `5.2h`, `3.1d`; `–` for null. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return "–";
  if (seconds < 90) return `${Math.round(seconds)}s`;
  if (seconds < 90 * 60) return `${Math.round(seconds / 60)}m`;
  if (seconds < 48 * 3600) return `${trim(seconds / 3600)}h`;
  return `${trim(seconds / 86_400)}d`;
}

/** `formatShare` renders a 0–1 ratio as a whole percentage (`62%`); `–` for null. */
export function formatShare(share: number | null): string {
  return share === null || !Number.isFinite(share) ? "–" : `${Math.round(share * 100)}%`;
}

/** `formatInstant` renders an ISO instant as `YYYY-MM-DD HH:MM UTC`, or returns the text unchanged when unreadable. */
export function formatInstant(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? `${new Date(ms).toISOString().slice(0, 16).replace("T", " ")} UTC` : iso;
}

function trim(value: number): string {
  return value >= 10 ? String(Math.round(value)) : value.toFixed(1);
}
