/** Appended where Airlock had to cut a text to fit GitHub's limits. */
export const TRUNCATION_NOTE = "\n\n… (truncated: the full text exceeds GitHub's size limit)";

/**
 * `truncateText` returns `text` unchanged when it has at most `max` UTF-16 code units, else a prefix ending with
 * `note`, `max` long in total, never splitting a surrogate pair. `note` is dropped when `max` cannot hold it.
 */
export function truncateText(text: string, max: number, note: string = TRUNCATION_NOTE): string {
  if (text.length <= max) return text;
  const suffix = note.length < max ? note : "";
  let cut = max - suffix.length;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return text.slice(0, Math.max(0, cut)) + suffix;
}
