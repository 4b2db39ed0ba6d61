import { isObject } from "./plan-json.js";

/** Nesting deeper than this is not a real configuration; stop rather than risk the stack. */
const MAX_DEPTH = 64;

/**
 * `forEachReferenceList` calls `visit` with every `references` list inside a configuration value:
 * an expression (`{references}` or `{constant_value}`), a nested block (a map of expressions), or a list
 * of blocks (`"ingress": [{…}, {…}]`), nested to any depth. Constant values are not walked: they can be
 * large and hold no references.
 */
export function forEachReferenceList(value: unknown, visit: (refs: readonly unknown[]) => void, depth = 0): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) forEachReferenceList(value[i], visit, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  const refs = value.references;
  if (Array.isArray(refs)) {
    visit(refs);
    return;
  }
  if (value.constant_value !== undefined) return;
  for (const key in value) forEachReferenceList(value[key], visit, depth + 1);
}
