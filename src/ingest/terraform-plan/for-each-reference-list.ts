/** Nesting deeper than this is not a real configuration; stop rather than risk the stack. */
const MAX_DEPTH = 64;

/**
 * `forEachReferenceList` calls `visit` with every `references` list inside a configuration value:
 * an expression (`{references}` or `{constant_value}`), a nested block (a map of expressions), or a list
 * of blocks (`"ingress": [{…}, {…}]`), nested to any depth. Constant values are not walked: they can be
 * large and hold no references.
 */
export function forEachReferenceList(value: unknown, visit: (refs: readonly unknown[]) => void, depth = 0): void {
  // One type test per value, no helper calls: this runs for every expression of configurations with many
  // thousands of resources, much of it before the JIT has optimised anything.
  if (typeof value !== "object" || value === null || depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) forEachReferenceList(value[i], visit, depth + 1);
    return;
  }
  const object = value as Record<string, unknown>;
  const refs = object.references;
  if (Array.isArray(refs)) {
    visit(refs);
    return;
  }
  if (object.constant_value !== undefined) return;
  for (const key in object) {
    const member = object[key];
    if (typeof member === "object" && member !== null) forEachReferenceList(member, visit, depth + 1);
  }
}
