import { ResourceImpact } from "@aws-cdk/cloudformation-diff";
import { CFN_LIMITS } from "./cfn-limits.js";
import type { CheckedTemplate } from "./checked-template.js";
import { diffResource } from "./diff-resource.js";
import { isJsonObject, ownObject } from "./json-value.js";
import { markReplaced } from "./mark-replaced.js";
import { worseImpact, type ResourceOutcome } from "./resource-outcome.js";
import { scanReferences } from "./scan-references.js";

/**
 * `propagateReplacements` marks the resources that are replaced because something they reference is
 * replaced, as `cdk diff` does: a replaced resource gets a new physical ID, so every `Ref` / `GetAtt` / `Sub`
 * to it changes, and where that property forces a replacement the referencing resource is replaced too
 * (`WILL_REPLACE`, which propagates further, or `MAY_REPLACE`). It works outwards from the replaced
 * resources level by level and re-diffs only the dependents touched, so the work is about the number of
 * references, not templates squared. Outcomes are updated in place (`propagated` says why); returns false
 * when the work cap stopped it early.
 */
export function propagateReplacements(params: {
  outcomes: Map<string, ResourceOutcome>;
  base: CheckedTemplate;
  head: CheckedTemplate;
  /** Head resources by the resources they reference (reverse edges), DependsOn excluded. */
  dependents: ReadonlyMap<string, readonly string[]>;
}): boolean {
  const { outcomes, base, head, dependents } = params;
  const replaced = new Set([...outcomes].filter(([, o]) => o.impact === ResourceImpact.WILL_REPLACE).map(([id]) => id));
  let budget = CFN_LIMITS.propagationWorkPerResource * head.resources.size + 100;
  let frontier = [...replaced];
  while (frontier.length > 0) {
    const touched = new Set<string>();
    for (const id of frontier) {
      for (const dependent of dependents.get(id) ?? []) {
        if (!replaced.has(dependent) && base.resources.has(dependent)) touched.add(dependent);
      }
    }
    frontier = [];
    for (const id of touched) {
      budget -= 1;
      if (budget < 0) return false;
      if (propagateInto(id, { outcomes, base, head, replaced })) {
        replaced.add(id);
        frontier.push(id);
      }
    }
  }
  return true;
}

/** Re-diffs one dependent with its references marked; returns true when it is now certainly replaced. */
function propagateInto(
  id: string,
  ctx: { outcomes: Map<string, ResourceOutcome>; base: CheckedTemplate; head: CheckedTemplate; replaced: ReadonlySet<string> },
): boolean {
  const before = ctx.base.resources.get(id);
  const after = ctx.head.resources.get(id);
  const own = ctx.outcomes.get(id);
  if (before === undefined || after === undefined || own === undefined) return false;
  const marked = markReplaced(after.value, ctx.replaced);
  if (!isJsonObject(marked)) return false;
  const remarked = diffResource(id, before.value, marked);
  const known = new Set([...own.replacing, ...own.mayReplace, ...(own.propagated?.props ?? [])]);
  const certain = remarked.replacing.filter((p) => !known.has(p));
  const possible = remarked.mayReplace.filter((p) => !known.has(p));
  if (certain.length === 0 && possible.length === 0) return false;
  const impact = certain.length > 0 ? ResourceImpact.WILL_REPLACE : ResourceImpact.MAY_REPLACE;
  const props = [...(own.propagated?.props ?? []), ...certain, ...possible];
  const causes = causesOf(after.value, props, ctx.replaced);
  own.propagated = { props, impact: worseImpact(own.propagated?.impact ?? ResourceImpact.NO_CHANGE, impact), causes };
  own.impact = worseImpact(own.impact, impact);
  return own.impact === ResourceImpact.WILL_REPLACE;
}

function causesOf(resource: Record<string, unknown>, props: readonly string[], replaced: ReadonlySet<string>): string[] {
  const properties = ownObject(resource, "Properties") ?? {};
  const refs = new Set<string>();
  for (const prop of props) if (Object.hasOwn(properties, prop)) scanReferences(properties[prop], refs);
  return [...refs].filter((ref) => replaced.has(ref)).sort();
}
