import type { DependencyGraph } from "../model/dependency-graph.js";
import { isMutating, type ResourceChange } from "../model/resource-change.js";
import type { DependencySketch } from "../model/verdict.js";

/**
 * `sketchDependencies` picks, for a diagram, the mutating changes (most destructive first) and the resources
 * that directly depend on them, bounded to `maxNodes`. Pass-through nodes (variables, outputs, module calls)
 * are walked through so a resource → module variable → resource chain still shows as one edge.
 */
export function sketchDependencies(params: { changes: readonly ResourceChange[]; graph: DependencyGraph; maxNodes?: number }): DependencySketch {
  const maxNodes = params.maxNodes ?? 25;
  const sketch: DependencySketch = { nodes: [], edges: [], truncated: false };
  const seen = new Set<string>();
  const changed = params.changes.filter(isMutating).sort((a, b) => weight(b) - weight(a));
  const byNode = new Map(params.changes.map((c) => [c.node, c]));
  for (const change of changed) {
    if (!addNode(sketch, seen, change.node, change, maxNodes)) break;
    for (const dependent of resourceDependents(params.graph, change.node, 8)) {
      if (!addNode(sketch, seen, dependent, byNode.get(dependent), maxNodes)) break;
      sketch.edges.push({ from: dependent, to: change.node });
    }
  }
  return sketch;
}

function addNode(sketch: DependencySketch, seen: Set<string>, id: string, change: ResourceChange | undefined, maxNodes: number): boolean {
  if (seen.has(id)) return true;
  if (sketch.nodes.length >= maxNodes) {
    sketch.truncated = true;
    return false;
  }
  seen.add(id);
  const address = id.slice(id.indexOf("#") + 1);
  const node: DependencySketch["nodes"][number] = { id, address: change?.address ?? address, type: change?.type ?? typeOf(address) };
  if (change && isMutating(change)) node.action = change.action;
  sketch.nodes.push(node);
  return true;
}

/** Resource nodes reached from `node` through pass-through nodes only, at most `limit`. */
function resourceDependents(graph: DependencyGraph, node: string, limit: number): string[] {
  const found: string[] = [];
  const queue = [...(graph.dependents.get(node) ?? [])];
  const visited = new Set<string>([node]);
  while (queue.length > 0 && found.length < limit && visited.size < 10_000) {
    const next = queue.shift()!;
    if (visited.has(next)) continue;
    visited.add(next);
    if (graph.resources.has(next)) found.push(next);
    else queue.push(...(graph.dependents.get(next) ?? []));
  }
  return found;
}

function weight(change: ResourceChange): number {
  return { delete: 5, replace: 4, forget: 3, update: 2, import: 1, move: 1, create: 0, read: 0, "no-op": 0 }[change.action];
}

/** The resource type of a config address: `module.a.data.aws_ami.x` → `aws_ami`. */
function typeOf(address: string): string {
  const parts = address.split(".");
  let i = 0;
  while (parts[i] === "module") i += 2;
  if (parts[i] === "data") i += 1;
  return parts[i] ?? "";
}
