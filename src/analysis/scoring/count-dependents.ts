import type { DependencyGraph } from "../../model/dependency-graph.js";

/** How many resources depend on the start nodes, and whether a visit cap cut the walk short. */
export interface DependentCount {
  count: number;
  truncated: boolean;
}

/**
 * `countDependents` walks `graph.dependents` breadth-first from all `starts` at once and counts the nodes
 * reached that are resources (pass-through nodes such as variables and outputs are walked but not counted),
 * never counting a start node. Each node is visited once, so the cost is linear in the graph; `maxVisits`
 * bounds it further for per-resource detail.
 */
export function countDependents(graph: DependencyGraph, starts: Iterable<string>, maxVisits = Number.POSITIVE_INFINITY): DependentCount {
  const startSet = new Set(starts);
  const seen = new Set(startSet);
  const queue = [...startSet];
  let count = 0;
  for (let head = 0; head < queue.length; head += 1) {
    const node = queue[head] as string;
    for (const dependent of graph.dependents.get(node) ?? []) {
      if (seen.has(dependent)) continue;
      if (seen.size >= maxVisits) return { count, truncated: true };
      seen.add(dependent);
      queue.push(dependent);
      if (graph.resources.has(dependent)) count += 1;
    }
  }
  return { count, truncated: false };
}
