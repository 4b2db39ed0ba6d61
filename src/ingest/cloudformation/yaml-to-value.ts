import { isAlias, isMap, isPair, isScalar, isSeq, type Document } from "yaml";
import { expandShortForm } from "./intrinsic-tags.js";

/** Why a YAML document could not be turned into a template value, and where (an offset into the text). */
export class YamlValueError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly offset: number | undefined,
  ) {
    super(message);
    this.name = "YamlValueError";
  }
}

interface Walk {
  readonly doc: Document;
  readonly maxDepth: number;
  /** Anchors found per alias node: resolving one searches the document, so each alias node is resolved once. */
  readonly anchors: Map<unknown, unknown>;
  nodesLeft: number;
}

/**
 * `yamlToValue` turns a parsed YAML document into the plain value CloudFormation reads, expanding short-form
 * tags into their long form (`expandShortForm`). It counts every value it builds, aliases included, so an
 * alias bomb stops at `maxNodes`, and stops at `maxDepth`; keys are set as own properties (`__proto__` is
 * data). Throws YamlValueError for what CloudFormation would reject (an unknown tag, a non-scalar key, an
 * alias without anchor) or what exceeds the limits; the caller turns it into a diagnostic.
 */
export function yamlToValue(doc: Document, limits: { maxDepth: number; maxNodes: number }): unknown {
  return toValue(doc.contents, 0, { doc, maxDepth: limits.maxDepth, anchors: new Map(), nodesLeft: limits.maxNodes });
}

function toValue(node: unknown, depth: number, walk: Walk): unknown {
  walk.nodesLeft -= 1;
  if (walk.nodesLeft < 0) throw new YamlValueError("cfn.too-large", "the template holds too many values (are aliases expanding without end?)", offsetOf(node));
  if (depth > walk.maxDepth) throw new YamlValueError("cfn.too-deep", "the template is nested too deeply", offsetOf(node));
  if (node === null || node === undefined) return null;
  if (isAlias(node)) {
    const target = walk.anchors.has(node) ? walk.anchors.get(node) : node.resolve(walk.doc);
    walk.anchors.set(node, target);
    if (target === undefined) throw new YamlValueError("cfn.yaml-alias", `alias *${node.source} has no anchor`, offsetOf(node));
    return toValue(target, depth + 1, walk);
  }
  let value: unknown;
  if (isScalar(node)) value = node.value;
  else if (isMap(node)) value = mapValue(node.items, depth, walk);
  else if (isSeq(node)) value = node.items.map((item) => (isPair(item) ? mapValue([item], depth, walk) : toValue(item, depth + 1, walk)));
  else throw new YamlValueError("cfn.not-yaml", "the template holds a YAML node Airlock cannot read", offsetOf(node));
  const tag = (node as { tag?: unknown }).tag;
  if (typeof tag !== "string" || !tag.startsWith("!") || tag.startsWith("!!")) return value;
  const expanded = expandShortForm(tag, value);
  if (expanded === undefined) throw new YamlValueError("cfn.yaml-unknown-tag", `${tag.slice(0, 40)} is not a CloudFormation intrinsic function tag`, offsetOf(node));
  return expanded;
}

function mapValue(items: readonly unknown[], depth: number, walk: Walk): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const item of items) {
    if (!isPair(item)) continue;
    const key = item.key;
    if (key !== null && !isScalar(key)) throw new YamlValueError("cfn.yaml-complex-key", "a mapping key is not a plain value", offsetOf(key));
    const name = key === null ? "" : String(key.value);
    Object.defineProperty(out, name, { value: toValue(item.value, depth + 1, walk), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function offsetOf(node: unknown): number | undefined {
  const range = (node as { range?: unknown } | null)?.range;
  return Array.isArray(range) && typeof range[0] === "number" ? range[0] : undefined;
}
