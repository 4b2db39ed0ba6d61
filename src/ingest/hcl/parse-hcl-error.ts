/** The first diagnostic of an hcl2json parse failure: 1-based position when the message names one. */
export interface HclErrorDetail {
  message: string;
  line?: number;
  column?: number;
}

const PREFIX = "parse config: [";
/** `line,col` then an optional `-line,col` or `-col` end, then `: `, as HCL prints a range. */
const RANGE = /^(\d+),(\d+)(?:-(?:\d+,)?\d+)?: /;

/**
 * `parseHclError` reads hcl2json's rejection message, `parse config: [file:line,col-line,col: Summary; Detail
 * file:…]`, and returns the first diagnostic's position and text. The file name is matched literally (it is
 * the one we passed), so paths with spaces or colons work. An unrecognised message is returned whole.
 */
export function parseHclError(raw: string, filename: string): HclErrorDetail {
  let body = raw.startsWith(PREFIX) ? raw.slice(PREFIX.length) : raw;
  if (body.endsWith("]")) body = body.slice(0, -1);
  const head = `${filename}:`;
  // Syntax errors start with the file; conversion errors name it after a chain of "convert …:" contexts.
  const at = body.startsWith(head) ? 0 : body.indexOf(` ${head}`) + 1;
  if (at <= 0 && !body.startsWith(head)) return { message: raw.trim() || "unknown parse error" };
  const rest = body.slice(at + head.length);
  const range = RANGE.exec(rest);
  if (range === null) return { message: raw.trim() };
  const text = firstDiagnostic(rest.slice(range[0].length), head);
  return { message: text, line: Number(range[1]), column: Number(range[2]) };
}

/**
 * Diagnostics are joined by spaces; the next one starts with ` file:line,col…: `. A detail may itself name
 * `file:line,col` (e.g. "already set at x.tf:2,2-3."), which is not followed by `: `, so it is kept.
 */
function firstDiagnostic(text: string, head: string): string {
  let from = 0;
  for (;;) {
    const at = text.indexOf(` ${head}`, from);
    if (at === -1) return text.trim();
    if (RANGE.test(text.slice(at + head.length + 1, at + head.length + 40))) return text.slice(0, at).trim();
    from = at + 1;
  }
}
