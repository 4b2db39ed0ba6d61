/**
 * `yamlNestingDepth` measures how deeply a YAML text nests, without parsing it: the deepest flow nesting
 * (`[`/`{` outside quotes and comments) and the deepest indentation of a line. YAML parsers recurse on
 * nesting and a hostile text can exhaust the stack in a way the process does not always survive, so callers
 * refuse texts past a limit before parsing them. Block scalars (`|`, `>`: inline code, long reasons) are text,
 * not structure, so their lines are skipped. Linear in the text's length.
 */
export function yamlNestingDepth(text: string): { flow: number; indent: number } {
  let flow = 0;
  let maxFlow = 0;
  let maxIndent = 0;
  let blockParent = -1;
  for (const line of text.split("\n")) {
    const indent = line.length - line.trimStart().length;
    const content = line.trim();
    if (blockParent >= 0) {
      if (content === "" || indent > blockParent) continue;
      blockParent = -1;
    }
    if (content === "" || content.startsWith("#")) continue;
    if (indent > maxIndent) maxIndent = indent;
    const end = scanLine(line, indent, flow);
    flow = end.flow;
    if (flow > maxFlow) maxFlow = flow;
    if (end.maxFlow > maxFlow) maxFlow = end.maxFlow;
    if (flow === 0 && BLOCK_SCALAR.test(end.code)) blockParent = indent;
  }
  return { flow: maxFlow, indent: maxIndent };
}

/** A line whose value starts a block scalar: `key: |`, `- >-`, `key: |2 # comment`. */
const BLOCK_SCALAR = /(^|[:\s-])[|>][-+0-9]*\s*$/;

/** Scans one line for flow brackets outside quotes, up to a comment; returns the code before the comment too. */
function scanLine(line: string, from: number, startFlow: number): { flow: number; maxFlow: number; code: string } {
  let flow = startFlow;
  let maxFlow = startFlow;
  let i = from;
  for (; i < line.length; i += 1) {
    const c = line.charCodeAt(i);
    if (c === 0x22 || c === 0x27) i = skipQuoted(line, i, c);
    else if (c === 0x23 && (i === 0 || line.charCodeAt(i - 1) === 0x20 || line.charCodeAt(i - 1) === 0x09)) break;
    else if (c === 0x5b || c === 0x7b) maxFlow = Math.max(maxFlow, ++flow);
    else if ((c === 0x5d || c === 0x7d) && flow > 0) flow -= 1;
  }
  return { flow, maxFlow, code: line.slice(0, i).trimEnd() };
}

function skipQuoted(line: string, start: number, quote: number): number {
  for (let i = start + 1; i < line.length; i += 1) {
    const c = line.charCodeAt(i);
    if (c === 0x5c && quote === 0x22) i += 1;
    else if (c === quote) return i;
  }
  return line.length;
}
