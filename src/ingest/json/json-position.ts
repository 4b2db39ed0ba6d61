/** A 1-based position in a text. Columns count UTF-16 code units, as JavaScript strings do. */
export interface LineColumn {
  line: number;
  column: number;
}

const POSITION = /at position (\d+)/;

/**
 * `jsonErrorOffset` returns the 0-based offset that a V8 `JSON.parse` error message names
 * (`… in JSON at position 12`), or undefined when the message names none (V8 leaves it out of
 * "Unexpected token" messages, and quotes a snippet of the input there instead).
 */
export function jsonErrorOffset(message: string): number | undefined {
  const match = POSITION.exec(message);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/**
 * `lineColumnAt` converts a 0-based offset into a 1-based line and column. Lines end at `\n`
 * (so `\r\n` counts once); an offset past the end points just after the last character.
 */
export function lineColumnAt(text: string, offset: number): LineColumn {
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
