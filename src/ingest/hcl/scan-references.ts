const TEMPLATE = 0;
const STRING = 1;
const HEREDOC = 2;
const EXPR = 3;

interface Frame {
  kind: number;
  braces: number;
  marker: string;
  lineStart: boolean;
}

interface Scan {
  s: string;
  i: number;
  stack: Frame[];
  /** Last significant character seen in expression mode: a `.` before an identifier makes it an attribute. */
  prev: string;
  out: Set<string> | null;
  /** Names that are not references here: `for` symbols and `dynamic` block iterators. */
  bound: Set<string>;
}

/** Traversal roots that never name a configuration object. */
const NOT_OBJECTS = new Set(["count", "each", "self", "path", "terraform", "true", "false", "null", "for", "in", "if"]);
const IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y;
const NUMBER = /\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEREDOC_START = /<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/y;

/**
 * `scanReferences` adds to `out` the configuration objects a value refers to, as config addresses:
 * `aws_s3_bucket.logs`, `data.aws_iam_policy_document.p`, `module.vpc`, `var.region`, `local.tags`.
 * `value` is an hcl2json string (a template whose `${…}` / `%{…}` parts are HCL expressions). Instance keys
 * and splats are dropped (`aws_instance.web[*].id` → `aws_instance.web`); `count`, `each`, `self`, `path`,
 * `terraform`, function names, `for` symbols and the names in `ignore` (dynamic iterators) are not references.
 * A managed-resource root must contain `_`, as every provider-prefixed type does. Linear; never throws.
 */
export function scanReferences(value: string, out: Set<string>, ignore?: ReadonlySet<string>): void {
  if (!value.includes("{")) return;
  run({ s: value, i: 0, stack: [frame(TEMPLATE)], prev: "", out, bound: new Set(ignore) });
}

/**
 * `findExpressionEnd` returns the offset just after the `}` that closes an interpolation whose expression
 * starts at `start` (just after `${`), or -1 when it is not closed.
 */
export function findExpressionEnd(value: string, start: number): number {
  const scan: Scan = { s: value, i: start, stack: [frame(EXPR)], prev: "{", out: null, bound: new Set() };
  return run(scan);
}

/** Runs the scanner until its first frame closes (returns the offset after it) or the text ends (-1). */
function run(scan: Scan): number {
  const { s } = scan;
  while (scan.i < s.length) {
    const top = scan.stack[scan.stack.length - 1];
    if (top === undefined) return scan.i;
    if (top.kind === EXPR) stepExpr(scan, top);
    else stepTemplate(scan, top);
  }
  return scan.stack.length === 0 ? scan.i : -1;
}

function frame(kind: number, marker = ""): Frame {
  return { kind, braces: 0, marker, lineStart: kind === HEREDOC };
}

function stepTemplate(scan: Scan, top: Frame): void {
  const { s } = scan;
  if (top.kind === HEREDOC && top.lineStart && closesHeredoc(scan, top)) return;
  const c = s[scan.i];
  top.lineStart = c === "\n";
  if (top.kind === STRING && c === "\\") scan.i += 2;
  else if (top.kind === STRING && c === '"') {
    scan.stack.pop();
    scan.i += 1;
    scan.prev = '"';
  } else if ((c === "$" || c === "%") && s[scan.i + 1] === c && s[scan.i + 2] === "{") scan.i += 3;
  else if ((c === "$" || c === "%") && s[scan.i + 1] === "{") {
    scan.stack.push(frame(EXPR));
    scan.i += 2;
    scan.prev = "{";
  } else scan.i += 1;
}

function closesHeredoc(scan: Scan, top: Frame): boolean {
  const end = scan.s.indexOf("\n", scan.i);
  const lineEnd = end === -1 ? scan.s.length : end;
  if (scan.s.slice(scan.i, lineEnd).trim() !== top.marker) return false;
  scan.stack.pop();
  scan.i = lineEnd;
  scan.prev = "x";
  return true;
}

function stepExpr(scan: Scan, top: Frame): void {
  const { s } = scan;
  const c = s[scan.i] as string;
  if (c === " " || c === "\t" || c === "\n" || c === "\r") {
    scan.i += 1;
    return;
  }
  if (isIdentStart(c)) return readIdentifier(scan);
  if (c >= "0" && c <= "9") return skipMatch(scan, NUMBER);
  if (c === "#" || (c === "/" && s[scan.i + 1] === "/")) return skipTo(scan, "\n", 0);
  if (c === "/" && s[scan.i + 1] === "*") return skipTo(scan, "*/", 2);
  if (c === "<" && s[scan.i + 1] === "<" && startHeredoc(scan)) return;
  scan.i += 1;
  scan.prev = c;
  if (c === '"') scan.stack.push(frame(STRING));
  else if (c === "{") top.braces += 1;
  else if (c === "}") {
    if (top.braces === 0) scan.stack.pop();
    else top.braces -= 1;
  }
}

function readIdentifier(scan: Scan): void {
  const parts: string[] = [];
  let j = scan.i;
  do {
    if (parts.length > 0) j += 1; // the dot
    IDENT.lastIndex = j;
    const ident = IDENT.exec(scan.s)?.[0] ?? "";
    parts.push(ident);
    j += ident.length;
  } while (parts.length < 3 && scan.s[j] === "." && isIdentStart(scan.s[j + 1]));
  const afterDot = scan.prev === ".";
  scan.i = j;
  scan.prev = "a";
  if (afterDot) return;
  const root = parts[0] as string;
  if (root === "for") return bindForSymbols(scan);
  if (scan.s[j] === "(" || (scan.s[j] === ":" && scan.s[j + 1] === ":")) return;
  const ref = referenceOf(parts, scan.bound);
  if (ref !== undefined) scan.out?.add(ref);
}

/** Maps the first traversal steps to the object they name, or undefined. */
function referenceOf(parts: readonly string[], bound: ReadonlySet<string>): string | undefined {
  const [root, second, third] = parts;
  if (root === undefined || second === undefined || NOT_OBJECTS.has(root) || bound.has(root)) return undefined;
  if (root === "var" || root === "local" || root === "module") return `${root}.${second}`;
  if (root === "data") return third === undefined ? undefined : `data.${second}.${third}`;
  return root.includes("_") ? `${root}.${second}` : undefined;
}

/** `for k, v in …`: the symbols are local to the expression, so they must not be read as references. */
function bindForSymbols(scan: Scan): void {
  const { s } = scan;
  for (let n = 0; n < 2; n += 1) {
    while (s[scan.i] === " " || s[scan.i] === "\t" || s[scan.i] === "\n") scan.i += 1;
    if (n === 1) {
      if (s[scan.i] !== ",") return;
      scan.i += 1;
      while (s[scan.i] === " " || s[scan.i] === "\t") scan.i += 1;
    }
    IDENT.lastIndex = scan.i;
    const ident = IDENT.exec(s)?.[0];
    if (ident === undefined) return;
    scan.bound.add(ident);
    scan.i += ident.length;
  }
}

function startHeredoc(scan: Scan): boolean {
  HEREDOC_START.lastIndex = scan.i;
  const match = HEREDOC_START.exec(scan.s);
  if (match === null) return false;
  scan.i += match[0].length;
  scan.stack.push(frame(HEREDOC, match[1] ?? ""));
  return true;
}

function skipMatch(scan: Scan, pattern: RegExp): void {
  pattern.lastIndex = scan.i;
  const match = pattern.exec(scan.s);
  scan.i += Math.max(1, match?.[0].length ?? 1);
  scan.prev = "0";
}

function skipTo(scan: Scan, marker: string, include: number): void {
  const end = scan.s.indexOf(marker, scan.i + 1);
  scan.i = end === -1 ? scan.s.length : end + include;
}

function isIdentStart(c: string | undefined): boolean {
  return c !== undefined && ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_");
}
