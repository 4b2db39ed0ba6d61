/**
 * `jsonNestingDepth` returns the deepest bracket nesting of a JSON text, skipping strings. `JSON.parse` copes
 * with any depth, but the recursive walks that follow do not, so callers refuse texts above a limit.
 */
export function jsonNestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const end = stringEnd(text, i);
      if (end < 0) break;
      i = end - 1;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) max = Math.max(max, ++depth);
    else if (c === 0x7d /* } */ || c === 0x5d /* ] */) depth -= 1;
  }
  return max;
}

/** The offset just past the string starting at `start`, or -1 when it never closes or holds a raw control character. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x5c /* \ */) i += 1;
    else if (c === 0x22) return i + 1;
    else if (c < 0x20) return -1;
  }
  return -1;
}
