/**
 * A configuration dependency graph. Node ids are `nodeId(root, configAddress)`; `configAddress` is the
 * module path plus resource address without instance keys (`module.db.aws_db_instance.main`).
 * `dependents` maps a node to the nodes that reference it directly (reverse edges), so blast radius can walk
 * outwards from a changed resource. `resources` holds the nodes that are resources or data sources
 * (the other nodes are pass-throughs: module variables, outputs, module calls).
 */
export interface DependencyGraph {
  dependents: Map<string, string[]>;
  resources: Set<string>;
}

/** `nodeId` names a configuration node uniquely across roots. */
export function nodeId(root: string, configAddress: string): string {
  return `${root}#${configAddress}`;
}

/** `emptyGraph` returns a graph with no nodes. */
export function emptyGraph(): DependencyGraph {
  return { dependents: new Map(), resources: new Set() };
}

/** `addEdge` records that `from` depends on (references) `to`. */
export function addEdge(graph: DependencyGraph, from: string, to: string): void {
  if (from === to) return;
  const list = graph.dependents.get(to);
  if (list === undefined) graph.dependents.set(to, [from]);
  else list.push(from);
}

/** `mergeGraphs` combines graphs of several roots (node ids are already root-qualified). */
export function mergeGraphs(graphs: readonly DependencyGraph[]): DependencyGraph {
  if (graphs.length === 1 && graphs[0]) return graphs[0];
  const merged = emptyGraph();
  for (const g of graphs) {
    for (const r of g.resources) merged.resources.add(r);
    for (const [to, froms] of g.dependents) {
      const list = merged.dependents.get(to);
      if (list === undefined) merged.dependents.set(to, [...froms]);
      else list.push(...froms);
    }
  }
  return merged;
}

/**
 * `configAddressOf` strips instance keys from an instance address:
 * `module.a["x"].module.b[0].aws_instance.web[2]` → `module.a.module.b.aws_instance.web`.
 * Keys may be numbers or quoted strings containing `]` or `.`; quotes are honoured.
 */
export function configAddressOf(address: string): string {
  let out = "";
  let i = 0;
  while (i < address.length) {
    const ch = address[i];
    if (ch === "[") {
      i = skipIndex(address, i);
      continue;
    }
    out += ch;
    i += 1;
  }
  return out;
}

function skipIndex(address: string, start: number): number {
  let i = start + 1;
  let inString = false;
  while (i < address.length) {
    const ch = address[i];
    if (inString) {
      if (ch === "\\") i += 1;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === "]") return i + 1;
    i += 1;
  }
  return i;
}
