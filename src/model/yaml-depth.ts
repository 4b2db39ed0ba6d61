/**
 * `yamlNestingDepth` measures how deeply a YAML text nests, without parsing it: the deepest flow nesting
 * (`[`/`{` outside quotes and comments) and the deepest indentation of a line. YAML parsers recurse on
 * nesting and a hostile text can exhaust the stack in a way the process does not always survive, so callers
 * refuse texts past a limit before parsing them. Quotes are followed across lines (a quoted scalar may span
 * several); block scalars (`|`, `>`: inline code, long reasons) are text, not structure, so their lines are
 * skipped. One pass, linear in the text's length.
 */
export function yamlNestingDepth(text: string): { flow: number; indent: number } {
  const s = { flow: 0, maxFlow: 0, maxIndent: 0, quote: 0, blockParent: -1 };
  let i = 0;
  while (i < text.length) {
    const lineEnd = nextNewline(text, i);
    let lineIndent = 0;
    if (s.quote === 0) {
      const indent = countSpaces(text, i, lineEnd);
      const blank = i + indent >= lineEnd || text.charCodeAt(i + indent) === 0x0d;
      if (s.blockParent >= 0 && (blank || indent > s.blockParent)) {
        i = lineEnd + 1;
        continue;
      }
      s.blockParent = -1;
      lineIndent = indent;
      if (!blank && text.charCodeAt(i + indent) !== 0x23) s.maxIndent = Math.max(s.maxIndent, indent);
      i += indent;
    }
    const code = scanLine(text, i, lineEnd, s);
    if (s.quote === 0 && s.flow === 0 && BLOCK_SCALAR.test(text.slice(code.start, code.end).trimEnd())) {
      s.blockParent = lineIndent;
    }
    i = lineEnd + 1;
  }
  return { flow: s.maxFlow, indent: s.maxIndent };
}

/** A line whose value starts a block scalar: `key: |`, `- >-`, `key: |2 # comment`. */
const BLOCK_SCALAR = /(^|[:\s-])[|>][-+0-9]*$/;

interface ScanState {
  flow: number;
  maxFlow: number;
  quote: number;
}

/** Scans one line from `from`, carrying quote and flow state; returns where the line's code (before a comment) starts and ends. */
function scanLine(text: string, from: number, end: number, s: ScanState): { start: number; end: number } {
  const start = from;
  for (let i = from; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (s.quote !== 0) {
      if (c === 0x5c && s.quote === 0x22) i += 1;
      else if (c === s.quote) {
        if (s.quote === 0x27 && text.charCodeAt(i + 1) === 0x27) i += 1;
        else s.quote = 0;
      }
    } else if (c === 0x22 || c === 0x27) s.quote = c;
    else if (c === 0x23 && (i === start || text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0x09)) return { start, end: i };
    else if (c === 0x5b || c === 0x7b) s.maxFlow = Math.max(s.maxFlow, ++s.flow);
    else if ((c === 0x5d || c === 0x7d) && s.flow > 0) s.flow -= 1;
  }
  return { start, end };
}

function nextNewline(text: string, from: number): number {
  const at = text.indexOf("\n", from);
  return at === -1 ? text.length : at;
}

function countSpaces(text: string, from: number, end: number): number {
  let n = 0;
  while (from + n < end && text.charCodeAt(from + n) === 0x20) n += 1;
  return n;
}
