/**
 * `truncateText` cuts `text` to at most `max` UTF-16 code units, at a line break when one is near, and appends
 * `notice` (which counts towards `max`). It never splits a surrogate pair. Returns `text` unchanged when it fits.
 */
export function truncateText(text: string, max: number, notice: string): string {
  if (text.length <= max) return text;
  const room = Math.max(0, max - notice.length);
  let cut = text.lastIndexOf("\n", room);
  if (cut < room * 0.8) cut = room;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return text.slice(0, cut) + notice;
}

/** `limitList` keeps the first `max` items and says how many were left out. */
export function limitList<T>(items: readonly T[], max: number): { shown: T[]; omitted: number } {
  if (items.length <= max) return { shown: [...items], omitted: 0 };
  return { shown: items.slice(0, max), omitted: items.length - max };
}
