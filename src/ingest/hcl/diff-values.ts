import type { ConfigChange } from "../../model/resource-change.js";
import type { BlockEntry, Inventory } from "./hcl-types.js";
import { formatValue, sameValue } from "./hcl-values.js";
import { makeConfigChange } from "./make-changes.js";

/**
 * `diffValues` compares the named values of one directory: outputs (added, removed or changed: other stacks may
 * read them through remote state), variable defaults, and locals. Values of sensitive outputs and variables
 * are neither printed nor copied into before/after.
 */
export function diffValues(params: { root: string; base: Inventory; head: Inventory }): ConfigChange[] {
  const { root, base, head } = params;
  const out: ConfigChange[] = [];
  eachPair(base.outputs, head.outputs, (address, before, after) => {
    if (before !== undefined && after !== undefined && sameValue(before.body, after.body)) return;
    const what = before === undefined ? "added" : after === undefined ? "removed: consumers of this state lose it" : "changed";
    out.push(makeConfigChange({ root, kind: "output", address, message: `${address} ${what}`, entry: after ?? before }));
  });
  eachPair(base.variables, head.variables, (address, before, after) => {
    if (before === undefined || after === undefined || sameValue(before.body.default, after.body.default)) return;
    const secret = before.body.sensitive === true || after.body.sensitive === true;
    const detail = secret ? " (sensitive)" : `: ${formatValue(before.body.default)} → ${formatValue(after.body.default)}`;
    const values = secret ? {} : { before: before.body.default, after: after.body.default };
    out.push(makeConfigChange({ root, kind: "variable", address, message: `${address} default changed${detail}`, entry: after, ...values }));
  });
  eachPair(base.locals, head.locals, (address, before, after) => {
    if (before !== undefined && after !== undefined && sameValue(before.body.value, after.body.value)) return;
    const what = before === undefined ? "added" : after === undefined ? "removed" : "changed";
    out.push(makeConfigChange({ root, kind: "locals", address, message: `${address} ${what}: everything that reads it may change`, entry: after ?? before }));
  });
  return out;
}

function eachPair(base: Map<string, BlockEntry>, head: Map<string, BlockEntry>, visit: (address: string, before: BlockEntry | undefined, after: BlockEntry | undefined) => void): void {
  for (const [address, after] of head) visit(address, base.get(address), after);
  for (const [address, before] of base) if (!head.has(address)) visit(address, before, undefined);
}
