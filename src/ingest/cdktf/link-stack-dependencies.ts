import { addEdge, nodeId, type DependencyGraph } from "../../model/dependency-graph.js";

/** A manifest dependency: stack `stack` (reported as `root`) depends on stack `dependsOn` (reported as `dependsOnRoot`). */
export interface StackDependency {
  stack: string;
  root: string;
  dependsOn: string;
  dependsOnRoot: string;
}

/** The data source cdktf writes into a stack to read another stack's outputs. */
export function crossStackReader(dependsOn: string): string {
  return `data.terraform_remote_state.cross-stack-reference-input-${dependsOn}`;
}

/**
 * `linkStackDependencies` adds the edges between stacks that `manifest.json` dependencies stand for: cdktf
 * passes values between stacks through outputs of the producing stack and a `terraform_remote_state` data
 * source (`cross-stack-reference-input-<stack>`) in the consuming one, so that data source is made to depend
 * on every output of the producing stack. Blast radius can then walk from a resource in one stack, through
 * its outputs, to the resources of the stacks that read them. Only stacks present in the graph are linked.
 */
export function linkStackDependencies(graph: DependencyGraph, dependencies: readonly StackDependency[]): void {
  if (dependencies.length === 0) return;
  const nodes = new Set<string>(graph.resources);
  for (const [to, froms] of graph.dependents) {
    nodes.add(to);
    for (const from of froms) nodes.add(from);
  }
  for (const dep of dependencies) {
    const reader = nodeId(dep.root, crossStackReader(dep.dependsOn));
    if (!nodes.has(reader)) continue;
    const outputs = nodeId(dep.dependsOnRoot, "output.");
    for (const node of nodes) if (node.startsWith(outputs)) addEdge(graph, reader, node);
  }
}
