import { configAddressOf } from "../../model/dependency-graph.js";
import type { ConfigChange } from "../../model/resource-change.js";
import { diffRepetition } from "./diff-repetition.js";
import type { BlockEntry, Inventory, RefactorEntry } from "./hcl-types.js";
import { addressText, formatValue, isRecord, sameValue } from "./hcl-values.js";
import { makeConfigChange } from "./make-changes.js";
import { isModuleAddress } from "./resource-address.js";

/** Module-call arguments that are not inputs of the module. */
const NOT_INPUTS = new Set(["source", "version", "count", "for_each", "depends_on", "providers"]);

/**
 * `diffModules` compares the module calls of one directory. Added calls give `module-added`; removed calls give
 * `module-removed` (everything the module manages is destroyed, how much is unknown without a plan; a `removed`
 * block with `destroy = false` forgets it instead, and a `moved` block to another call is a rename). A changed
 * `source` gives `module-source`, `version` gives `module-version`, other arguments are module inputs
 * (`variable`), a changed `providers` map gives `provider`, and `count`/`for_each` go through `diffRepetition`.
 */
export function diffModules(params: { root: string; base: Inventory; head: Inventory }): ConfigChange[] {
  const { root, base, head } = params;
  const renamedFrom = moduleMoves(base, head);
  const removedBlocks = new Map<string, RefactorEntry>();
  for (const entry of head.removed) if (entry.from !== undefined && isModuleAddress(entry.from)) removedBlocks.set(configAddressOf(entry.from), entry);
  const out: ConfigChange[] = [];
  for (const [address, after] of head.modules) {
    const before = base.modules.get(address);
    if (before !== undefined) out.push(...changedCall(root, address, before, after));
    else out.push(addedCall(root, address, after, renamedFrom.get(address)));
  }
  const renamed = new Set(renamedFrom.values());
  for (const [address, before] of base.modules) {
    if (head.modules.has(address) || renamed.has(address)) continue;
    out.push(removedCall(root, address, before, removedBlocks.get(address)));
  }
  return out;
}

/** Head `moved` blocks between module calls that take effect: target call → source call. */
function moduleMoves(base: Inventory, head: Inventory): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of head.moved) {
    if (entry.from === undefined || entry.to === undefined || !isModuleAddress(entry.from) || !isModuleAddress(entry.to)) continue;
    const from = configAddressOf(entry.from);
    const to = configAddressOf(entry.to);
    if (from !== to && base.modules.has(from) && !head.modules.has(from)) out.set(to, from);
  }
  return out;
}

function addedCall(root: string, address: string, after: BlockEntry, renamedFrom: string | undefined): ConfigChange {
  const source = after.body.source;
  const message =
    renamedFrom === undefined
      ? `${address} added (source ${formatValue(source)}): the resources it manages will be created`
      : `${address} takes over ${renamedFrom} through a moved block: its resources move, nothing is destroyed`;
  return makeConfigChange({ root, kind: "module-added", address, message, entry: after, after: source });
}

function removedCall(root: string, address: string, before: BlockEntry, removed: RefactorEntry | undefined): ConfigChange {
  let message = `${address} removed: every resource it manages will be destroyed, and how many is unknown without a plan`;
  if (removed !== undefined && !removed.destroy) message = `${address} removed with a removed block (destroy = false): its resources are forgotten and keep running unmanaged, not destroyed`;
  else if (removed !== undefined) message = `${address} removed with a removed block (destroy = true): every resource it manages will be destroyed`;
  return makeConfigChange({ root, kind: "module-removed", address, message, entry: before, before: before.body.source });
}

function changedCall(root: string, address: string, before: BlockEntry, after: BlockEntry): ConfigChange[] {
  const out: ConfigChange[] = [];
  const make = (kind: ConfigChange["kind"], message: string, was?: unknown, now?: unknown): number =>
    out.push(makeConfigChange({ root, kind, address, message, entry: after, before: was, after: now }));
  const b = before.body;
  const a = after.body;
  if (!sameValue(b.source, a.source)) make("module-source", `${address} source changed: ${formatValue(b.source)} → ${formatValue(a.source)}`, b.source, a.source);
  if (!sameValue(b.version, a.version)) make("module-version", `${address} version changed: ${formatValue(b.version)} → ${formatValue(a.version)}`, b.version, a.version);
  const inputs = changedInputs(b, a);
  if (inputs.length > 0) make("variable", `${address} inputs changed: ${inputs.join(", ")}`);
  if (!sameProviders(b.providers, a.providers)) make("provider", `${address} provider mapping changed: its resources may move to another provider configuration`);
  out.push(...diffRepetition({ root, address, base: before, head: after, rekeyed: [], module: true }).configChanges);
  return out;
}

function changedInputs(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => !NOT_INPUTS.has(name) && !sameValue(before[name], after[name]));
}

/** `providers = { aws = aws.west }`: hcl2json writes `${aws.west}`, Terraform JSON the bare traversal. */
function sameProviders(before: unknown, after: unknown): boolean {
  const read = (value: unknown): string => {
    const map = Array.isArray(value) ? value[0] : value;
    if (!isRecord(map)) return "";
    return Object.keys(map)
      .sort()
      .map((k) => `${k}=${addressText(map[k]) ?? ""}`)
      .join(",");
  };
  return read(before) === read(after);
}
