/** A 1-based line and column in a text (columns count UTF-16 code units, as JavaScript strings do). */
export interface TextPosition {
  line: number;
  column: number;
}

/** `positionAt` converts a 0-based offset into a 1-based line and column; offsets past the end clamp to it. */
export function positionAt(text: string, offset: number): TextPosition {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  let next = text.indexOf("\n");
  while (next !== -1 && next < end) {
    line += 1;
    lineStart = next + 1;
    next = text.indexOf("\n", lineStart);
  }
  return { line, column: end - lineStart + 1 };
}
