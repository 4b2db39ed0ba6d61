import { skipInstanceKey } from "./skip-instance-key.js";
import type { ModuleScope, NodeRef } from "./register-config-nodes.js";

/**
 * `resolveReference` maps a reference made inside `scope` to the most specific node that exists:
 * `aws_vpc.main.id` and `aws_vpc.main` → the resource, `data.x.y.z` → the data source, `var.x` → the
 * module's input, `module.c.o` → output `o` of child call `c` (or the call itself when `o` is unknown),
 * bare `module.c` → the call as a whole. Instance keys (`[0]`, `["a.b"]`) are skipped. Returns undefined
 * for references to nothing in the graph (`local.x`, `each.key`, root variables, unknown names).
 */
export function resolveReference(scope: ModuleScope, ref: string): NodeRef | undefined {
  // Checked with startsWith rather than by slicing the first name: this runs for every reference.
  if (ref.startsWith("module.")) return resolveModuleReference(scope, ref);
  const firstEnd = stepEnd(ref, 0);
  if (firstEnd >= ref.length - 1 || ref.charCodeAt(firstEnd) !== 0x2e /* . */) return undefined;
  const secondEnd = stepEnd(ref, firstEnd + 1);
  if (ref.startsWith("data.") || ref.startsWith("ephemeral.")) {
    if (ref.charCodeAt(secondEnd) !== 0x2e) return undefined;
    return scope.local.get(prefixOf(ref, stepEnd(ref, secondEnd + 1)));
  }
  if (isNotNode(ref, firstEnd)) return undefined;
  return scope.local.get(prefixOf(ref, secondEnd));
}

/**
 * Whether `ref` is never a graph node: `local.*` (plans do not serialize locals), or a per-instance value
 * (`each.`, `count.`, `path.`, `self.`, `terraform.`). Its first name ends with a `.` at `firstEnd`, so
 * only names of that length are compared: this runs for every reference.
 */
function isNotNode(ref: string, firstEnd: number): boolean {
  switch (firstEnd) {
    case 4:
      return ref.startsWith("each.") || ref.startsWith("path.") || ref.startsWith("self.");
    case 5:
      return ref.startsWith("local.") || ref.startsWith("count.");
    case 9:
      return ref.startsWith("terraform.");
    default:
      return false;
  }
}

function resolveModuleReference(scope: ModuleScope, ref: string): NodeRef | undefined {
  const secondEnd = stepEnd(ref, "module.".length);
  const child = scope.calls.get(ref.slice("module.".length, secondEnd));
  if (child === undefined) return undefined;
  let next = secondEnd;
  while (ref.charCodeAt(next) === 0x5b /* [ */) next = skipInstanceKey(ref, next);
  if (next >= ref.length || ref[next] !== ".") return child.callRef;
  const output = child.outputs.get(ref.slice(next + 1, stepEnd(ref, next + 1)));
  return output ?? child.callFallbackRef;
}

/** The offset where the name starting at `start` ends: at the next `.` or `[`, or the end. */
function stepEnd(ref: string, start: number): number {
  for (let i = start; i < ref.length; i += 1) {
    const ch = ref.charCodeAt(i);
    if (ch === 0x2e || ch === 0x5b) return i;
  }
  return ref.length;
}

/** `ref` up to `end`; the reference itself when it ends there, so nothing is copied. */
function prefixOf(ref: string, end: number): string {
  return end >= ref.length ? ref : ref.slice(0, end);
}
