import type { BlockHeader } from "./hcl-types.js";

/** What one pass over HCL source text learns before the real parser sees it. */
export interface SourceScan {
  /** Top-level block headers in source order, with the lines of their direct children. */
  headers: BlockHeader[];
  /**
   * Highest nesting cost reached: 4 per open bracket, string, interpolation or template directive, plus 1 per
   * pending unary or conditional operator of the current statement. It bounds how deep a recursive parser recurses.
   */
  nestingCost: number;
  /** 1-based line where `nestingCost` was reached. */
  nestingLine: number;
}

/** Frame kinds of the scanner's stack: the file itself, brackets, `${`/`%{`, quoted strings and heredocs. */
export const ROOT = 0;
export const BRACE = 1;
export const BRACKET = 2;
export const PAREN = 3;
export const INTERP = 4;
export const STRING = 5;
export const HEREDOC = 6;
/** What one open frame (or template directive) adds to the nesting cost. */
export const FRAME_COST = 4;

/** One open construct: `ops` counts its pending operators, `header` is set for a top-level block body. */
export interface Frame {
  kind: number;
  ops: number;
  header: BlockHeader | null;
  /** Heredoc closing marker. */
  marker: string;
  /** Heredoc only: the next character starts a line, which may be the closing marker. */
  lineStart: boolean;
}

/** The scanner's cursor: position, 1-based line, open frames and the running operator count. */
export interface State {
  text: string;
  i: number;
  line: number;
  stack: Frame[];
  ops: number;
  /** True where a new statement (an attribute or block) may start. */
  atStart: boolean;
  /** Last significant character in code, to tell unary from binary minus. */
  prev: string;
  scan: SourceScan;
}

/** `push` opens a frame and records the nesting cost it reaches. */
export function push(st: State, kind: number, header: BlockHeader | null, marker = ""): void {
  st.stack.push({ kind, ops: 0, header, marker, lineStart: false });
  noteCost(st);
}

/** `pop` closes the innermost frame (never the file itself) and drops its pending operators. */
export function pop(st: State): void {
  if (st.stack.length <= 1) return;
  const frame = st.stack.pop();
  if (frame !== undefined) st.ops -= frame.ops;
}

/** `addOps` counts pending operators in the innermost frame and records the nesting cost reached. */
export function addOps(st: State, top: Frame, n: number): void {
  top.ops += n;
  st.ops += n;
  noteCost(st);
}

/** `resetOps` ends an item (newline in a body, or a comma): the operators of the finished item no longer nest. */
export function resetOps(st: State, top: Frame): void {
  st.ops -= top.ops;
  top.ops = 0;
}

function noteCost(st: State): void {
  const cost = (st.stack.length - 1) * FRAME_COST + st.ops;
  if (cost > st.scan.nestingCost) {
    st.scan.nestingCost = cost;
    st.scan.nestingLine = st.line;
  }
}
