import type { BlockHeader } from "./hcl-types.js";
import { addOps, BRACE, BRACKET, FRAME_COST, HEREDOC, INTERP, PAREN, pop, push, resetOps, ROOT, STRING, type Frame, type SourceScan, type State } from "./hcl-source-state.js";

export type { SourceScan } from "./hcl-source-state.js";

const IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y;
const HEREDOC_START = /<<(-?)([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/y;
const DIRECTIVE = /%\{~?\s*(if|for|endif|endfor)\b/y;
/** Characters after which `-` is a unary minus rather than a subtraction. */
const UNARY_CONTEXT = new Set(["", "=", "(", "[", "{", ",", "?", ":", "!", "-", "+", "*", "/", "%", "<", ">", "&", "|"]);

/**
 * `scanHclSource` walks HCL text once, honouring comments, quoted strings, heredocs and `${…}` / `%{…}`
 * nesting. It returns the top-level block headers (keyword, labels, 1-based line) and a nesting cost used to
 * refuse input that would exhaust the parser's stack. Linear in the text length; never throws.
 */
export function scanHclSource(text: string): SourceScan {
  const root: Frame = { kind: ROOT, ops: 0, header: null, marker: "", lineStart: false };
  const st: State = { text, i: 0, line: 1, stack: [root], ops: 0, atStart: true, prev: "", scan: { headers: [], nestingCost: 0, nestingLine: 1 } };
  while (st.i < text.length) {
    const top = st.stack[st.stack.length - 1] ?? root;
    if (top.kind === STRING) stepString(st, top);
    else if (top.kind === HEREDOC) stepHeredoc(st, top);
    else stepCode(st, top);
  }
  return st.scan;
}

function stepCode(st: State, top: Frame): void {
  const { text } = st;
  const c = text[st.i] as string;
  if (c === "\n") return endLine(st, top);
  if (c === " " || c === "\t" || c === "\r") {
    st.i += 1;
    return;
  }
  const next = text[st.i + 1];
  if (c === "#" || (c === "/" && next === "/")) return skipLineComment(st);
  if (c === "/" && next === "*") return skipBlockComment(st);
  if (c === "<" && next === "<" && startHeredoc(st)) return;
  if (st.atStart && isIdentStart(c)) return readStatementStart(st, top);
  st.atStart = false;
  st.i += 1;
  if (c === '"') push(st, STRING, null);
  else if (c === "{") push(st, BRACE, null);
  else if (c === "[") push(st, BRACKET, null);
  else if (c === "(") push(st, PAREN, null);
  else if (c === "}" && (top.kind === BRACE || top.kind === INTERP)) pop(st);
  else if ((c === "]" && top.kind === BRACKET) || (c === ")" && top.kind === PAREN)) pop(st);
  else if (c === ",") resetOps(st, top);
  else if (c === "!" || c === "?" || (c === "-" && UNARY_CONTEXT.has(st.prev))) addOps(st, top, 1);
  else if (isIdentStart(c)) skipIdentRest(st);
  st.prev = c;
}

function endLine(st: State, top: Frame): void {
  st.line += 1;
  st.i += 1;
  // A newline ends a statement only where items are newline-separated: a body or an object constructor.
  if (top.kind === ROOT || top.kind === BRACE) {
    resetOps(st, top);
    st.atStart = true;
    st.prev = "";
  }
}

function stepString(st: State, top: Frame): void {
  const { text } = st;
  const c = text[st.i];
  if (c === "\\") {
    st.i += text[st.i + 1] === "\n" ? 1 : 2;
  } else if (c === '"') {
    st.i += 1;
    pop(st);
    st.prev = '"';
  } else if (c === "\n") {
    pop(st); // quoted strings cannot span lines: resynchronise at the newline
  } else {
    stepTemplateChar(st, top);
  }
}

function stepHeredoc(st: State, top: Frame): void {
  const { text } = st;
  if (top.lineStart) {
    top.lineStart = false;
    const end = text.indexOf("\n", st.i);
    const lineEnd = end === -1 ? text.length : end;
    if (text.slice(st.i, lineEnd).trim() === top.marker) {
      st.i = lineEnd;
      pop(st);
      return;
    }
  }
  if (text[st.i] === "\n") {
    st.line += 1;
    st.i += 1;
    top.lineStart = true;
  } else {
    stepTemplateChar(st, top);
  }
}

/** Handles `$${`/`%%{` escapes, `${` interpolations and `%{` directives inside a string or heredoc. */
function stepTemplateChar(st: State, top: Frame): void {
  const { text } = st;
  const c = text[st.i];
  if ((c === "$" || c === "%") && text[st.i + 1] === c && text[st.i + 2] === "{") {
    st.i += 3;
    return;
  }
  if ((c === "$" || c === "%") && text[st.i + 1] === "{") {
    if (c === "%") countDirective(st, top);
    st.i += 2;
    push(st, INTERP, null);
    st.prev = "{";
    return;
  }
  st.i += 1;
}

/** `%{ if }` / `%{ for }` open a nesting level that only `%{ endif }` / `%{ endfor }` closes. */
function countDirective(st: State, top: Frame): void {
  DIRECTIVE.lastIndex = st.i;
  const match = DIRECTIVE.exec(st.text);
  if (match === null) return;
  if (match[1] === "if" || match[1] === "for") addOps(st, top, FRAME_COST);
  else if (top.ops >= FRAME_COST) addOps(st, top, -FRAME_COST);
}

function readStatementStart(st: State, top: Frame): void {
  const start = st.i;
  IDENT.lastIndex = start;
  const match = IDENT.exec(st.text);
  const ident = match?.[0] ?? st.text[start] ?? "";
  st.i = start + Math.max(1, ident.length);
  st.atStart = false;
  st.prev = "a";
  if (top.kind === ROOT) readHeader(st, ident);
  else if (top.header !== null && st.stack.length === 2 && !top.header.children.has(ident)) top.header.children.set(ident, st.line);
}

/** After a top-level identifier: labels (quoted or bare) then `{` on the same line make a block header. */
function readHeader(st: State, keyword: string): void {
  const { text } = st;
  const labels: string[] = [];
  let j = st.i;
  for (;;) {
    while (text[j] === " " || text[j] === "\t") j += 1;
    if (text[j] === '"') {
      const end = endOfSimpleString(text, j + 1);
      if (end === -1) return;
      labels.push(text.slice(j + 1, end));
      j = end + 1;
    } else if (isIdentStart(text[j])) {
      IDENT.lastIndex = j;
      const label = IDENT.exec(text)?.[0] ?? "";
      labels.push(label);
      j += label.length;
    } else break;
  }
  if (text[j] !== "{") return;
  const header: BlockHeader = { keyword, labels, line: st.line, children: new Map() };
  st.scan.headers.push(header);
  st.i = j + 1;
  push(st, BRACE, header);
}

function endOfSimpleString(text: string, start: number): number {
  for (let j = start; j < text.length; j += 1) {
    const c = text[j];
    if (c === "\\") j += 1;
    else if (c === '"') return j;
    else if (c === "\n") return -1;
  }
  return -1;
}

function startHeredoc(st: State): boolean {
  HEREDOC_START.lastIndex = st.i;
  const match = HEREDOC_START.exec(st.text);
  if (match === null) return false;
  st.i += match[0].length;
  st.line += 1;
  st.atStart = false;
  push(st, HEREDOC, null, match[2] ?? "");
  const top = st.stack[st.stack.length - 1];
  if (top !== undefined) top.lineStart = true;
  return true;
}

function skipLineComment(st: State): void {
  const end = st.text.indexOf("\n", st.i);
  st.i = end === -1 ? st.text.length : end;
}

function skipBlockComment(st: State): void {
  const end = st.text.indexOf("*/", st.i + 2);
  const stop = end === -1 ? st.text.length : end + 2;
  for (let j = st.i; j < stop; j += 1) if (st.text[j] === "\n") st.line += 1;
  st.i = stop;
}

function skipIdentRest(st: State): void {
  IDENT.lastIndex = st.i - 1;
  const match = IDENT.exec(st.text);
  if (match !== null) st.i = st.i - 1 + match[0].length;
}

function isIdentStart(c: string | undefined): boolean {
  return c !== undefined && ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_");
}
