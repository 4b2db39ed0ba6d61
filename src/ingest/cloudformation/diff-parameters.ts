import type { ConfigChange } from "../../model/resource-change.js";
import type { TemplateLevel } from "./build-resource-change.js";
import type { CheckedTemplate } from "./checked-template.js";
import { isJsonObject } from "./json-value.js";
import { capItems } from "./list-items.js";
import { sameValue } from "./same-value.js";

/**
 * `diffParameters` reports every template parameter added, removed or changed (type, default, allowed
 * values ...) as a ConfigChange of kind `variable`: a parameter feeds whatever references it, so a changed
 * default can change resources that look untouched in the template.
 */
export function diffParameters(params: { base: CheckedTemplate; head: CheckedTemplate; level: TemplateLevel }): ConfigChange[] {
  const { base, head, level } = params;
  const names = new Set([...head.parameters.keys(), ...base.parameters.keys()]);
  const changes: ConfigChange[] = [];
  for (const name of names) {
    const before = base.parameters.get(name);
    const after = head.parameters.get(name);
    if (sameValue(before, after)) continue;
    const message =
      before === undefined ? `parameter ${name} is added` : after === undefined ? `parameter ${name} is removed` : `parameter ${name} changes (${changedFields(before, after)})`;
    changes.push({
      kind: "variable",
      address: `${level.prefix}Parameters.${name}`,
      root: level.root,
      source: "cloudformation",
      message,
      file: level.file,
      before: before ?? null,
      after: after ?? null,
    });
  }
  return changes;
}

function changedFields(before: unknown, after: unknown): string {
  if (!isJsonObject(before) || !isJsonObject(after)) return "its definition";
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const fields = [...keys].filter((k) => !sameValue(Object.hasOwn(before, k) ? before[k] : undefined, Object.hasOwn(after, k) ? after[k] : undefined));
  return capItems(fields, "fields").join(", ");
}
