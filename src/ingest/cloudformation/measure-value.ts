/** What `measureValue` found: how many JSON values it visited and whether a limit stopped it. */
export interface ValueMeasure {
  nodes: number;
  /** `depth` when nesting went past `maxDepth`, `nodes` when the node budget ran out. */
  exceeded?: "depth" | "nodes";
}

/**
 * `measureValue` counts the JSON values inside `value` (itself included) without recursion, stopping as soon
 * as nesting passes `maxDepth` or the count passes `maxNodes`. It runs before anything recursive (the diff
 * library, reference scans) touches a template, so a deeply nested or huge value cannot overflow the stack
 * or burn time; a cyclic object graph is caught by the depth limit.
 */
export function measureValue(value: unknown, limits: { maxDepth: number; maxNodes: number }): ValueMeasure {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const top = stack.pop();
    if (top === undefined) break;
    nodes += 1;
    if (nodes > limits.maxNodes) return { nodes, exceeded: "nodes" };
    if (typeof top.value !== "object" || top.value === null) continue;
    if (top.depth >= limits.maxDepth) return { nodes, exceeded: "depth" };
    const children = Array.isArray(top.value) ? top.value : Object.values(top.value);
    for (const child of children) stack.push({ value: child, depth: top.depth + 1 });
  }
  return { nodes };
}
