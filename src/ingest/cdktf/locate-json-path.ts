import type { JsonStep } from "./json-values.js";

/**
 * `locateJsonPath` returns the 0-based offset where the value at `path` starts in a text that `JSON.parse`
 * accepted, or undefined when the path is not there. For a repeated member the first one is found. Only the
 * containers on the path are entered (siblings are skipped bracket by bracket), and nothing recurses.
 */
export function locateJsonPath(text: string, path: readonly JsonStep[]): number | undefined {
  let at = skipSpace(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  for (const step of path) {
    const open = text[at];
    const found = open === "{" && typeof step === "string" ? findMember(text, at, step) : open === "[" && typeof step === "number" ? findElement(text, at, step) : undefined;
    if (found === undefined) return undefined;
    at = found;
  }
  return at;
}

function findMember(text: string, open: number, name: string): number | undefined {
  let i = skipSpace(text, open + 1);
  while (text[i] === '"') {
    const keyEnd = stringEnd(text, i);
    const key = JSON.parse(text.slice(i, keyEnd)) as string;
    const value = skipSpace(text, skipSpace(text, keyEnd) + 1);
    if (key === name) return value;
    i = skipSpace(text, valueEnd(text, value));
    if (text[i] !== ",") return undefined;
    i = skipSpace(text, i + 1);
  }
  return undefined;
}

function findElement(text: string, open: number, index: number): number | undefined {
  let i = skipSpace(text, open + 1);
  if (text[i] === "]") return undefined;
  for (let n = 0; n < index; n += 1) {
    i = skipSpace(text, valueEnd(text, i));
    if (text[i] !== ",") return undefined;
    i = skipSpace(text, i + 1);
  }
  return i;
}

/** Offset just after the value starting at `start` (valid JSON assumed). */
function valueEnd(text: string, start: number): number {
  const c = text[start];
  if (c === '"') return stringEnd(text, start);
  if (c !== "{" && c !== "[") {
    let i = start;
    while (i < text.length && !",}] \t\r\n".includes(text[i] as string)) i += 1;
    return i;
  }
  let depth = 0;
  for (let i = start; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '"') i = stringEnd(text, i) - 1;
    else if (ch === "{" || ch === "[") depth += 1;
    else if ((ch === "}" || ch === "]") && --depth === 0) return i + 1;
  }
  return text.length;
}

function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i += 1) {
    if (text[i] === "\\") i += 1;
    else if (text[i] === '"') return i + 1;
  }
  return text.length;
}

function skipSpace(text: string, start: number): number {
  let i = start;
  while (text[i] === " " || text[i] === "\n" || text[i] === "\r" || text[i] === "\t") i += 1;
  return i;
}
