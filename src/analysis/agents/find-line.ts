/** A line of text found by a literal search, and where the literal ended in it. */
export interface FoundLine {
  line: string;
  /** The text after the literal, up to the end of the line. */
  rest: string;
}

/**
 * `findLine` returns the first line of `text` that contains `literalLower`, searched in `textLower` (the
 * same text lower-cased, so the search is case-insensitive and the line keeps its case). Literal search
 * only: linear, whatever the input.
 */
export function findLine(text: string, textLower: string, literalLower: string): FoundLine | undefined {
  const at = textLower.indexOf(literalLower);
  if (at === -1 || literalLower.length === 0) return undefined;
  const start = Math.max(text.lastIndexOf("\n", at) + 1, 0);
  const newline = text.indexOf("\n", at);
  const end = newline === -1 ? text.length : newline;
  return { line: text.slice(start, end).trim(), rest: text.slice(at + literalLower.length, end).trim() };
}
