/**
 * `truncateText` cuts `text` to at most `max` UTF-16 code units, always at a line break, and appends `notice`
 * (which counts towards `max`). Cutting only between lines keeps every line whole: a line cut in the middle of
 * a code span or an escape would let the rest of its untrusted text render as live markdown. A first line
 * longer than the room is dropped whole. Returns `text` unchanged when it fits.
 */
export function truncateText(text: string, max: number, notice: string): string {
  if (text.length <= max) return text;
  const room = Math.max(0, max - notice.length);
  const cut = text.lastIndexOf("\n", room);
  return (cut <= 0 ? "" : text.slice(0, cut + 1)) + notice.replace(/^\n+/, cut <= 0 ? "" : "");
}

/** `limitList` keeps the first `max` items and says how many were left out. */
export function limitList<T>(items: readonly T[], max: number): { shown: T[]; omitted: number } {
  if (items.length <= max) return { shown: [...items], omitted: 0 };
  return { shown: items.slice(0, max), omitted: items.length - max };
}
