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

const ARRAY = 1;
const OBJECT = 2;
const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/**
 * `locateJsonError` returns the 0-based offset of the first syntax error in a text that `JSON.parse` rejected
 * (Node 20 leaves the position out of some messages), or undefined if it finds none. Iterative, so deep
 * nesting cannot overflow the stack; used only on the failure path.
 */
export function locateJsonError(text: string): number | undefined {
  const stack: number[] = [];
  let i = skipSpace(text, 0);
  for (;;) {
    const c = text[i];
    if (c === "{" || c === "[") {
      i = skipSpace(text, i + 1);
      if (text[i] === (c === "{" ? "}" : "]")) i += 1;
      else {
        stack.push(c === "{" ? OBJECT : ARRAY);
        if (c === "{") {
          const next = memberValueStart(text, i);
          if (next < 0) return -next - 1;
          i = next;
        }
        continue;
      }
    } else {
      const end = c === '"' ? stringEnd(text, i) : literalEnd(text, i);
      if (end < 0) return i;
      i = end;
    }
    const next = afterValue(text, i, stack);
    if (next === undefined) return undefined;
    if (next < 0) return -next - 1;
    i = next;
  }
}

/** Closes containers after a value; returns where the next value starts, -(offset+1) on error, undefined at a clean end. */
function afterValue(text: string, start: number, stack: number[]): number | undefined {
  let i = start;
  for (;;) {
    i = skipSpace(text, i);
    const top = stack[stack.length - 1];
    if (top === undefined) return i < text.length ? -(i + 1) : undefined;
    const c = text[i];
    if (c === ",") {
      i = skipSpace(text, i + 1);
      return top === OBJECT ? memberValueStart(text, i) : i;
    }
    if (c !== (top === OBJECT ? "}" : "]")) return -(i + 1);
    stack.pop();
    i += 1;
  }
}

/** Reads `"key" :` at `start`; returns the value's offset or -(offset+1) of the error. */
function memberValueStart(text: string, start: number): number {
  if (text[start] !== '"') return -(start + 1);
  const end = stringEnd(text, start);
  if (end < 0) return -(start + 1);
  const colon = skipSpace(text, end);
  if (text[colon] !== ":") return -(colon + 1);
  return skipSpace(text, colon + 1);
}

/** Offset just after the string starting at `start`, or -1 when it is unterminated or holds a raw control character. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x5c /* \ */) i += 1;
    else if (c === 0x22) return i + 1;
    else if (c < 0x20) return -1;
  }
  return -1;
}

function literalEnd(text: string, start: number): number {
  LITERAL.lastIndex = start;
  const match = LITERAL.exec(text);
  return match === null ? -1 : start + match[0].length;
}

function skipSpace(text: string, start: number): number {
  let i = start;
  while (text[i] === " " || text[i] === "\n" || text[i] === "\r" || text[i] === "\t") i += 1;
  return i;
}
