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
  const seen = new Set<string>();
  const queue: string[] = [];
  for (const start of starts) {
    if (seen.has(start)) continue;
    seen.add(start);
    queue.push(start);
  }
  const { dependents, resources } = graph;
  let count = 0;
  for (let head = 0; head < queue.length; head += 1) {
    const list = dependents.get(queue[head] as string);
    if (list === undefined) continue;
    for (let i = 0; i < list.length; i += 1) {
      const dependent = list[i] as string;
      if (seen.has(dependent)) continue;
      if (seen.size >= maxVisits) return { count, truncated: true };
      seen.add(dependent);
      queue.push(dependent);
      if (resources.has(dependent)) count += 1;
    }
  }
  return { count, truncated: false };
}
