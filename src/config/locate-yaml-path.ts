import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from "yaml";
import type { PathSegment } from "./config-issue.js";

/** A 1-based position in a YAML text. */
export interface YamlPosition {
  line: number;
  column: number;
}

/**
 * `locateYamlPath` returns where `path` is written in a parsed YAML document: the key for a mapping entry,
 * the item for a list entry. When the path leads somewhere the document does not reach (a missing key), it
 * returns the deepest part that exists, so a "missing key" error points at the mapping that lacks it.
 * Aliases are followed to their anchor. Undefined when the document is empty.
 */
export function locateYamlPath(params: {
  document: Document;
  lineCounter: LineCounter;
  path: readonly PathSegment[];
}): YamlPosition | undefined {
  const { document, lineCounter } = params;
  let node = resolve(document, document.contents);
  let offset = node?.range?.[0];
  for (const segment of params.path) {
    const step = stepInto(document, node, segment);
    if (step === undefined) break;
    offset = step.offset ?? offset;
    node = step.node;
  }
  if (offset === undefined) return undefined;
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

function stepInto(document: Document, node: Node | null, segment: PathSegment): { node: Node | null; offset?: number } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
    if (pair === undefined) return undefined;
    const key = isScalar(pair.key) ? pair.key : null;
    return { node: resolve(document, pair.value as Node | null), offset: key?.range?.[0] };
  }
  if (isSeq(node) && typeof segment === "number") {
    const item = node.items[segment] as Node | undefined;
    if (item === undefined) return undefined;
    const resolved = resolve(document, item);
    return { node: resolved, offset: item.range?.[0] };
  }
  return undefined;
}

function resolve(document: Document, node: Node | null | undefined): Node | null {
  if (node === undefined || node === null) return null;
  if (isAlias(node)) return (node.resolve(document) as Node | undefined) ?? null;
  return node;
}
