import { addEdge, emptyGraph, nodeId, type DependencyGraph } from "../../model/dependency-graph.js";
import type { BlockEntry, Inventory } from "./hcl-types.js";
import { addressText, asBlockList, isRecord } from "./hcl-values.js";
import { providerOf } from "./make-changes.js";
import { describeResourceAddress } from "./resource-address.js";
import { scanReferences } from "./scan-references.js";

/** Decides whether an edge `from → to` (config addresses) is recorded; null records all of them. */
type EdgeFilter = ((from: string, to: string) => boolean) | null;

/**
 * `buildHclGraph` builds the dependency graph of one directory from the head configuration: every resource,
 * data source, module call, output, local and provider configuration is a node (ids via `nodeId(root, address)`),
 * with an edge to each object its expressions reference (all arguments and nested blocks, `count`, `for_each`,
 * `depends_on`), so `resource → local → resource` chains count. Resources also depend on their provider
 * configuration. Blocks only the base declares (removed resources, modules…) are added from the base, with the
 * base edges that point at them, so their dependents are known.
 */
export function buildHclGraph(params: { root: string; base: Inventory; head: Inventory }): DependencyGraph {
  const { root, base, head } = params;
  const graph = emptyGraph();
  const headRefs = addInventory(graph, root, head, null);
  const gone = new Set<string>();
  for (const entry of entriesOf(base)) if (!declares(head, entry.address)) gone.add(entry.address);
  // A base block still in the head contributes only its edges to gone blocks that the head did not record.
  const keep = (from: string, to: string): boolean => gone.has(from) || (gone.has(to) && headRefs.get(from)?.has(to) !== true);
  if (gone.size > 0) addInventory(graph, root, base, keep);
  return graph;
}

/** Adds the blocks of one inventory and the edges `keep` accepts; returns each block's references. */
function addInventory(graph: DependencyGraph, root: string, inventory: Inventory, keep: EdgeFilter): Map<string, Set<string>> {
  const refsByBlock = new Map<string, Set<string>>();
  for (const entry of entriesOf(inventory)) {
    const from = entry.address;
    const refs = new Set<string>();
    walk(entry.body, refs, new Set());
    const fromId = nodeId(root, from);
    if (inventory.resources.has(from)) {
      graph.resources.add(fromId);
      refs.add(`provider.${providerOf(entry.body, describeResourceAddress(from)?.type ?? "")}`);
    }
    for (const to of refs) if (keep === null || keep(from, to)) addEdge(graph, fromId, nodeId(root, to));
    refsByBlock.set(from, refs);
  }
  return refsByBlock;
}

function* entriesOf(inventory: Inventory): Iterable<BlockEntry> {
  yield* inventory.resources.values();
  yield* inventory.modules.values();
  yield* inventory.outputs.values();
  yield* inventory.locals.values();
  yield* inventory.providers.values();
}

function declares(inventory: Inventory, address: string): boolean {
  return (
    inventory.resources.has(address) ||
    inventory.modules.has(address) ||
    inventory.outputs.has(address) ||
    inventory.locals.has(address) ||
    inventory.providers.has(address)
  );
}

/**
 * Collects references from every string (and every key holding `${`) below `value`. Inside a `dynamic` block
 * its iterator (`iterator = x`, else the block label) is a local name, not a reference.
 */
function walk(value: unknown, refs: Set<string>, ignore: ReadonlySet<string>): void {
  if (typeof value === "string") {
    scanReferences(value, refs, ignore);
  } else if (Array.isArray(value)) {
    for (const item of value) walk(item, refs, ignore);
  } else if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes("${")) scanReferences(key, refs, ignore);
      if (key === "dynamic" && isRecord(item)) walkDynamic(item, refs, ignore);
      else walk(item, refs, ignore);
    }
  }
}

function walkDynamic(blocks: Record<string, unknown>, refs: Set<string>, ignore: ReadonlySet<string>): void {
  for (const [label, bodies] of Object.entries(blocks)) {
    for (const body of asBlockList(bodies)) walk(body, refs, new Set([...ignore, addressText(body.iterator) ?? label]));
  }
}
