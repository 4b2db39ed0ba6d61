import type { ConfigChange } from "../../model/resource-change.js";
import type { TemplateLevel } from "./build-resource-change.js";
import type { CheckedTemplate } from "./checked-template.js";
import { isJsonObject, ownObject, ownValue } from "./json-value.js";
import { oneLine } from "./list-items.js";
import { sameValue } from "./same-value.js";

const BREAKS = "stacks that import it with Fn::ImportValue break, and CloudFormation refuses the update while any stack imports it";

/**
 * `diffExports` reports outputs whose `Export` other stacks may import: an export removed (with its output,
 * or the output no longer exported), renamed, or given a new value. Each is a ConfigChange of kind `output`:
 * CloudFormation will not update a stack while another stack imports an export it changes or removes.
 * An export that only moves to another output (same name, same value) is not reported.
 */
export function diffExports(params: { base: CheckedTemplate; head: CheckedTemplate; level: TemplateLevel }): ConfigChange[] {
  const { base, head, level } = params;
  const headByExport = new Map<string, unknown>();
  for (const output of head.outputs.values()) {
    const name = exportNameOf(output);
    if (name !== undefined) headByExport.set(keyOf(name), output);
  }
  const changes: ConfigChange[] = [];
  for (const [name, output] of base.outputs) {
    const exported = exportNameOf(output);
    if (exported === undefined) continue;
    const shown = show(exported);
    const after = head.outputs.get(name);
    const moved = headByExport.get(keyOf(exported));
    const message = messageFor({ name, shown, output, after, moved });
    if (message === undefined) continue;
    changes.push({
      kind: "output",
      address: `${level.prefix}Outputs.${name}`,
      root: level.root,
      source: "cloudformation",
      message,
      file: level.file,
      before: output,
      after: after ?? null,
    });
  }
  return changes;
}

function messageFor(p: { name: string; shown: string; output: unknown; after: unknown; moved: unknown }): string | undefined {
  const value = (o: unknown) => (isJsonObject(o) ? ownValue(o, "Value") : undefined);
  if (p.moved !== undefined) {
    return sameValue(value(p.output), value(p.moved)) ? undefined : `the value of export ${p.shown} (output ${p.name}) changes: CloudFormation refuses to change an export while another stack imports it`;
  }
  const renamedTo = p.after === undefined ? undefined : exportNameOf(p.after);
  if (renamedTo !== undefined) return `export ${p.shown} of output ${p.name} is renamed to ${show(renamedTo)}: ${BREAKS}`;
  if (p.after !== undefined) return `output ${p.name} is no longer exported as ${p.shown}: ${BREAKS}`;
  return `output ${p.name} is removed, and with it the export ${p.shown}: ${BREAKS}`;
}

function exportNameOf(output: unknown): unknown {
  if (!isJsonObject(output)) return undefined;
  const exported = ownObject(output, "Export");
  return exported === undefined ? undefined : ownValue(exported, "Name");
}

function keyOf(name: unknown): string {
  return typeof name === "string" ? name : JSON.stringify(name) ?? "";
}

function show(name: unknown): string {
  return oneLine(typeof name === "string" ? name : JSON.stringify(name) ?? "(unnamed)", 120);
}
