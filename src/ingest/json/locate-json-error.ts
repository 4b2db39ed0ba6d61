/** Where a text stops being JSON: `truncated` when it ends while a value is still open. */
export interface JsonSyntaxError {
  offset: number;
  truncated: boolean;
}

const ARRAY = 0;
const OBJECT = 1;

/**
 * `locateJsonError` finds the first syntax error in a text that `JSON.parse` rejected, or returns
 * undefined when it finds none. It only validates (no values are built) and keeps its own stack,
 * so deeply nested input cannot overflow the call stack. It runs only on the failure path.
 */
export function locateJsonError(text: string): JsonSyntaxError | undefined {
  const stack: number[] = [];
  let i = skipSpace(text, 0);
  for (;;) {
    // A value is expected at i.
    const ch = text.charCodeAt(i);
    if (i >= text.length) return { offset: i, truncated: true };
    if (ch === 0x7b /* { */ || ch === 0x5b /* [ */) {
      i = skipSpace(text, i + 1);
      const close = ch === 0x7b ? 0x7d : 0x5d;
      if (text.charCodeAt(i) === close) {
        i += 1;
      } else {
        stack.push(ch === 0x7b ? OBJECT : ARRAY);
        if (ch === 0x7b) {
          const key = scanKey(text, i);
          if (typeof key !== "number") return key;
          i = key;
        }
        continue;
      }
    } else {
      const end = scanScalar(text, i);
      if (typeof end !== "number") return end;
      i = end;
    }
    // A value ended at i: close containers until one expects another member.
    for (;;) {
      i = skipSpace(text, i);
      const top = stack[stack.length - 1];
      if (top === undefined) return i < text.length ? { offset: i, truncated: false } : undefined;
      if (i >= text.length) return { offset: i, truncated: true };
      const sep = text.charCodeAt(i);
      if (sep === 0x2c /* , */) {
        i = skipSpace(text, i + 1);
        if (top === OBJECT) {
          const key = scanKey(text, i);
          if (typeof key !== "number") return key;
          i = key;
        }
        break;
      }
      if (sep !== (top === OBJECT ? 0x7d : 0x5d)) return { offset: i, truncated: false };
      stack.pop();
      i += 1;
    }
  }
}

function skipSpace(text: string, start: number): number {
  let i = start;
  for (;;) {
    const ch = text.charCodeAt(i);
    if (ch !== 0x20 && ch !== 0x0a && ch !== 0x0d && ch !== 0x09) return i;
    i += 1;
  }
}

/** Scans `"key" :` and returns the offset of the member's value. */
function scanKey(text: string, start: number): number | JsonSyntaxError {
  if (start >= text.length) return { offset: start, truncated: true };
  if (text.charCodeAt(start) !== 0x22) return { offset: start, truncated: false };
  const end = scanString(text, start);
  if (typeof end !== "number") return end;
  const colon = skipSpace(text, end);
  if (colon >= text.length) return { offset: colon, truncated: true };
  if (text.charCodeAt(colon) !== 0x3a) return { offset: colon, truncated: false };
  return skipSpace(text, colon + 1);
}

function scanScalar(text: string, start: number): number | JsonSyntaxError {
  const ch = text[start];
  if (ch === '"') return scanString(text, start);
  if (ch === "t") return scanLiteral(text, start, "true");
  if (ch === "f") return scanLiteral(text, start, "false");
  if (ch === "n") return scanLiteral(text, start, "null");
  if (ch === "-" || (ch !== undefined && ch >= "0" && ch <= "9")) return scanNumber(text, start);
  return { offset: start, truncated: false };
}

function scanString(text: string, start: number): number | JsonSyntaxError {
  let i = start + 1;
  while (i < text.length) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22) return i + 1;
    if (ch < 0x20) return { offset: i, truncated: false };
    if (ch === 0x5c /* \ */) {
      const esc = text[i + 1];
      if (esc === undefined) break;
      if (esc === "u") {
        const hex = text.slice(i + 2, i + 6);
        if (!/^[0-9a-fA-F]*$/.test(hex)) return { offset: i, truncated: false };
        if (hex.length < 4) break;
        i += 6;
        continue;
      }
      if (!'"\\/bfnrt'.includes(esc)) return { offset: i + 1, truncated: false };
      i += 2;
      continue;
    }
    i += 1;
  }
  return { offset: text.length, truncated: true };
}

function scanLiteral(text: string, start: number, word: string): number | JsonSyntaxError {
  for (let k = 0; k < word.length; k += 1) {
    if (start + k >= text.length) return { offset: start + k, truncated: true };
    if (text[start + k] !== word[k]) return { offset: start + k, truncated: false };
  }
  return start + word.length;
}

function scanNumber(text: string, start: number): number | JsonSyntaxError {
  let i = start;
  if (text[i] === "-") i += 1;
  const digits = (from: number): number => {
    let j = from;
    while (j < text.length && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j += 1;
    return j;
  };
  const need = (from: number): number | JsonSyntaxError => {
    const to = digits(from);
    if (to > from) return to;
    return { offset: from, truncated: from >= text.length };
  };
  if (text[i] === "0") i += 1;
  else {
    const int = need(i);
    if (typeof int !== "number") return int;
    i = int;
  }
  if (text[i] === ".") {
    const frac = need(i + 1);
    if (typeof frac !== "number") return frac;
    i = frac;
  }
  if (text[i] === "e" || text[i] === "E") {
    i += 1;
    if (text[i] === "+" || text[i] === "-") i += 1;
    return need(i);
  }
  return i;
}
