import { emptyGraph, type DependencyGraph } from "../../model/dependency-graph.js";
import type { IngestResult } from "../../model/ingest-result.js";

/**
 * `renameRoot` moves everything an ingest result says about root `from` to root `to`: the `root` of changes
 * and configuration changes, and the node ids (`from#address` → `to#address`) of changes, configuration
 * changes and the graph. Roots other than `from` and the `roots` list itself are left as they are.
 */
export function renameRoot(result: IngestResult, from: string, to: string): IngestResult {
  if (from === to) return result;
  const prefix = `${from}#`;
  const node = (id: string): string => (id.startsWith(prefix) ? `${to}#${id.slice(prefix.length)}` : id);
  const root = (name: string): string => (name === from ? to : name);
  return {
    ...result,
    changes: result.changes.map((c) => ({ ...c, root: root(c.root), node: node(c.node) })),
    configChanges: result.configChanges.map((c) => (c.node === undefined ? { ...c, root: root(c.root) } : { ...c, root: root(c.root), node: node(c.node) })),
    graph: renameNodes(result.graph, node),
  };
}

function renameNodes(graph: DependencyGraph, node: (id: string) => string): DependencyGraph {
  const out = emptyGraph();
  for (const id of graph.resources) out.resources.add(node(id));
  for (const [to, froms] of graph.dependents) out.dependents.set(node(to), froms.map(node));
  return out;
}
