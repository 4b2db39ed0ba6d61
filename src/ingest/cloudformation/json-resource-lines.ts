import { recordOf } from "./json-value.js";

const NEWLINE = 0x0a;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * `jsonResourceLines` finds the 1-based line of each logical ID key in the `Resources` object of a JSON
 * template text, so changes can point at the line that declares them. One linear pass over text that
 * `JSON.parse` already accepted; it tracks only string boundaries and container nesting.
 */
export function jsonResourceLines(text: string): Record<string, number> {
  const lines = recordOf<number>([]);
  const objects: boolean[] = [];
  let line = 1;
  let expectKey = false;
  let topKey: string | undefined;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) line += 1;
    else if (c === QUOTE) {
      const start = i;
      i = endOfString(text, i);
      if (!expectKey) continue;
      expectKey = false;
      if (objects.length === 1) topKey = decodeKey(text.slice(start, i + 1));
      else if (objects.length === 2 && topKey === "Resources" && objects[1] === true) {
        const key = decodeKey(text.slice(start, i + 1));
        if (key !== undefined) lines[key] = line;
      }
    } else if (c === 0x7b) {
      objects.push(true);
      expectKey = true;
    } else if (c === 0x5b) {
      objects.push(false);
      expectKey = false;
    } else if (c === 0x7d || c === 0x5d) {
      objects.pop();
      expectKey = false;
    } else if (c === 0x2c) expectKey = objects[objects.length - 1] === true;
  }
  return lines;
}

/** Index of the closing quote of the string starting at `start` (JSON strings hold no raw newlines). */
function endOfString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i += 2;
    else if (c === QUOTE) return i;
    else i += 1;
  }
  return text.length;
}

function decodeKey(literal: string): string | undefined {
  try {
    const key: unknown = JSON.parse(literal);
    return typeof key === "string" ? key : undefined;
  } catch {
    return undefined;
  }
}
