import { configAddressOf } from "../../model/dependency-graph.js";
import type { ConfigChange, ResourceChange } from "../../model/resource-change.js";
import { diffRepetition } from "./diff-repetition.js";
import { diffResourceBlock } from "./diff-resource-block.js";
import type { BlockEntry, Inventory, RefactorEntry } from "./hcl-types.js";
import { formatValue, isExpression, literalCount } from "./hcl-values.js";
import { makeResourceChange } from "./make-changes.js";
import { planRefactors, type EffectiveMove } from "./plan-refactors.js";

/** Resource and configuration changes found by comparing the resource blocks of one directory. */
export interface ResourceDiff {
  changes: ResourceChange[];
  configChanges: ConfigChange[];
}

/**
 * `diffResources` compares the resource and data blocks of the base and head of one directory by address.
 * Added blocks are creates (data sources: reads), removed blocks deletes (or forgets, per a `removed` block),
 * blocks on both sides are diffed attribute by attribute (see `diffResourceBlock`) and for `count`/`for_each`
 * (see `diffRepetition`); `moved` blocks turn a delete + create into a move, new `import` blocks into imports.
 * Removed data blocks yield nothing: Terraform never destroys a data source.
 */
export function diffResources(params: { root: string; base: Inventory; head: Inventory }): ResourceDiff {
  const { root, base, head } = params;
  const plan = planRefactors(base, head);
  const out: ResourceDiff = { changes: [], configChanges: [] };
  for (const [address, after] of head.resources) {
    const before = base.resources.get(address);
    if (before !== undefined) {
      const change = diffResourceBlock({ root, address, base: before, head: after });
      if (change !== undefined) out.changes.push(change);
      if (isData(address)) continue; // a data source's instances are read, never destroyed
      const repetition = diffRepetition({ root, address, base: before, head: after, rekeyed: plan.rekeyed.get(address) ?? [] });
      out.changes.push(...repetition.changes);
      out.configChanges.push(...repetition.configChanges);
    } else if (!plan.movedTo.has(address) && !plan.imported.has(address)) {
      out.changes.push(added(root, address, after));
    }
  }
  for (const [address, before] of base.resources) {
    if (head.resources.has(address) || plan.movedFrom.has(address) || isData(address)) continue;
    out.changes.push(removedBlock(root, address, before, plan.removed.get(address)));
  }
  for (const move of plan.moves) out.changes.push(moved(root, move, base, head));
  for (const [address, entry] of plan.removed) {
    const declared = base.resources.has(address) || head.resources.has(address);
    if (!declared && plan.newlyRemoved.has(address) && !isData(address)) out.changes.push(orphanRemoved(root, entry));
  }
  for (const entry of plan.imports) out.changes.push(imported(root, entry, head));
  return out;
}

function added(root: string, address: string, head: BlockEntry): ResourceChange {
  if (isData(address)) return makeResourceChange({ root, address, action: "read", certainty: "likely", reasons: ["data block added"], head });
  return makeResourceChange({ root, address, action: "create", certainty: "likely", reasons: ["block added"], head });
}

function removedBlock(root: string, address: string, base: BlockEntry, removed: RefactorEntry | undefined): ResourceChange {
  const scope = instancesNote(base);
  if (removed !== undefined && !removed.destroy) {
    const reasons = ["removed block with lifecycle destroy = false: Terraform forgets the object and leaves it running, unmanaged", ...scope];
    return makeResourceChange({ root, address, action: "forget", certainty: "likely", reasons, base });
  }
  const why = removed === undefined ? "block removed" : "removed block with lifecycle destroy = true";
  return makeResourceChange({ root, address, action: "delete", certainty: "likely", reasons: [why, "delete_because_no_resource_config", ...scope], base });
}

/** A removed block for an address the changed files do not declare: it may still be in the state. */
function orphanRemoved(root: string, entry: RefactorEntry): ResourceChange {
  const address = entry.from ?? "";
  const note = "removed block for an address not declared in the changed files: it acts if the object is still in the state";
  const location = entry.location;
  if (!entry.destroy) return makeResourceChange({ root, address, action: "forget", certainty: "possible", reasons: [note], location });
  return makeResourceChange({ root, address, action: "delete", certainty: "possible", reasons: [note, "delete_because_no_resource_config"], location });
}

function moved(root: string, move: EffectiveMove, base: Inventory, head: Inventory): ResourceChange {
  const from = move.entry.from ?? move.from;
  const to = move.entry.to ?? move.to;
  const before = base.resources.get(move.from);
  const after = head.resources.get(move.to);
  if (before !== undefined && after !== undefined) {
    const change = diffResourceBlock({ root, address: to, base: before, head: after, previousAddress: from });
    if (change !== undefined) return change;
  }
  const reasons = [`moved block: ${from} → ${to}`];
  if (before === undefined) reasons.push("the source block is not in the changed files");
  return makeResourceChange({ root, address: to, action: "move", certainty: "likely", reasons, base: before, head: after, location: after === undefined ? move.entry.location : undefined, previousAddress: from });
}

function imported(root: string, entry: RefactorEntry, head: Inventory): ResourceChange {
  const address = entry.to ?? "";
  const target = head.resources.get(configAddressOf(address));
  const reasons = ["import block: Terraform adopts an existing object"];
  const literal = typeof entry.id === "string" && !isExpression(entry.id);
  if (!literal) reasons.push(`import id is computed: ${formatValue(entry.id)}`);
  const importing = literal ? { id: entry.id as string } : {};
  return makeResourceChange({ root, address, action: "import", certainty: "likely", reasons, head: target, location: target === undefined ? entry.location : undefined, importing });
}

function instancesNote(base: BlockEntry): string[] {
  const count = literalCount(base.body.count);
  if (count !== undefined && count !== 1) return [`count = ${count}: every instance is destroyed`];
  if (base.body.count !== undefined) return ["count: every instance is destroyed"];
  return base.body.for_each === undefined ? [] : ["for_each: every instance is destroyed"];
}

function isData(address: string): boolean {
  return address.startsWith("data.");
}
