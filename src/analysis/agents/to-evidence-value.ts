import { DETECTION_LIMITS } from "./detection-limits.js";

/**
 * `toEvidenceValue` turns untrusted text into an evidence value: control characters (newlines, escape
 * sequences) become spaces, runs of whitespace collapse to one space, and the result is cut to
 * `maxValueChars` with an ellipsis. Values end up in check runs and comments, so they stay one short line.
 */
export function toEvidenceValue(text: string): string {
  const limit = DETECTION_LIMITS.maxValueChars;
  let out = "";
  let pendingSpace = false;
  // One linear pass over a bounded prefix: the value is cut at `limit` anyway.
  for (let i = 0; i < text.length && out.length <= limit; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || (code >= 0x7f && code <= 0x9f)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += " ";
    pendingSpace = false;
    out += text[i];
  }
  if (out.length <= limit) return out;
  let cut = out.slice(0, limit - 1);
  // Never leave half of a surrogate pair (an emoji) at the cut.
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return `${cut}…`;
}
