/**
 * `yamlNestingDepth` measures how deeply a YAML text nests, without parsing it: the deepest flow nesting
 * (`[`/`{` outside quotes and comments) and the deepest indentation of a line. YAML parsers recurse on
 * nesting and a hostile text can exhaust the stack in a way the process does not always survive, so callers
 * refuse texts past a limit before parsing them. Linear in the text's length.
 */
export function yamlNestingDepth(text: string): { flow: number; indent: number } {
  let flow = 0;
  let maxFlow = 0;
  let maxIndent = 0;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      lineStart = true;
      indent = 0;
      continue;
    }
    if (lineStart) {
      if (c === 0x20) {
        indent += 1;
        continue;
      }
      lineStart = false;
      if (indent > maxIndent) maxIndent = indent;
    }
    if (c === 0x22 || c === 0x27) i = skipQuoted(text, i, c);
    else if (c === 0x23 && (i === 0 || text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0x09)) i = skipLine(text, i);
    else if (c === 0x5b || c === 0x7b) maxFlow = Math.max(maxFlow, ++flow);
    else if ((c === 0x5d || c === 0x7d) && flow > 0) flow -= 1;
  }
  return { flow: maxFlow, indent: maxIndent };
}

function skipQuoted(text: string, start: number, quote: number): number {
  for (let i = start + 1; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x5c && quote === 0x22) i += 1;
    else if (c === quote) return i;
    else if (c === 0x0a) return i - 1;
  }
  return text.length;
}

function skipLine(text: string, start: number): number {
  const end = text.indexOf("\n", start);
  return end === -1 ? text.length : end - 1;
}
