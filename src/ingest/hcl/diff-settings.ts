import type { ConfigChange } from "../../model/resource-change.js";
import type { BlockEntry, HclBody, Inventory } from "./hcl-types.js";
import { formatValue, isRecord, isSensitiveName, sameValue } from "./hcl-values.js";
import { makeConfigChange } from "./make-changes.js";

/**
 * `diffSettings` compares what steers every resource of a directory: provider configurations (`provider`,
 * `provider-removed`), the `terraform` block's backend or cloud settings (`backend`: the state moves) and
 * `required_providers` (`required-providers`). Messages name the arguments that changed and show short
 * values, except for arguments that conventionally hold secrets.
 */
export function diffSettings(params: { root: string; base: Inventory; head: Inventory }): ConfigChange[] {
  return [...diffProviders(params), ...diffBackend(params), ...diffRequiredProviders(params)];
}

function diffProviders({ root, base, head }: { root: string; base: Inventory; head: Inventory }): ConfigChange[] {
  const out: ConfigChange[] = [];
  for (const [address, after] of head.providers) {
    const before = base.providers.get(address);
    if (before === undefined) {
      out.push(makeConfigChange({ root, kind: "provider", address, message: `${address} configuration added`, entry: after }));
      continue;
    }
    const changed = changedArguments(before.body, after.body);
    if (changed.length === 0) continue;
    const message = `${address} configuration changed: ${changed.map((c) => c.text).join(", ")}; resources that use it may move to another account, region or identity`;
    out.push(makeConfigChange({ root, kind: "provider", address, message, entry: after, before: pick(before.body, changed), after: pick(after.body, changed) }));
  }
  for (const [address, before] of base.providers) {
    if (head.providers.has(address)) continue;
    const message = `${address} configuration removed: resources that still use it can no longer be planned or destroyed through it`;
    out.push(makeConfigChange({ root, kind: "provider-removed", address, message, entry: before }));
  }
  return out;
}

function diffBackend({ root, base, head }: { root: string; base: Inventory; head: Inventory }): ConfigChange[] {
  const before = base.backend;
  const after = head.backend;
  if (before === null && after === null) return [];
  const typeBefore = before?.body.type;
  const typeAfter = after?.body.type;
  const entry = (after ?? before) as BlockEntry;
  let message: string;
  if (before === null) message = `backend ${String(typeAfter)} added: state migrates from the local backend`;
  else if (after === null) message = `backend ${String(typeBefore)} removed: state falls back to the local backend`;
  else if (typeBefore !== typeAfter) message = `backend changed from ${String(typeBefore)} to ${String(typeAfter)}: state must be migrated`;
  else {
    const changed = changedArguments(asBody(before.body.config), asBody(after.body.config));
    if (changed.length === 0) return [];
    message = `backend ${String(typeAfter)} settings changed: ${changed.map((c) => c.text).join(", ")}; state is read from and written to another place`;
  }
  return [makeConfigChange({ root, kind: "backend", address: `terraform.backend`, message, entry, before: typeBefore, after: typeAfter, node: null })];
}

function diffRequiredProviders({ root, base, head }: { root: string; base: Inventory; head: Inventory }): ConfigChange[] {
  const out: ConfigChange[] = [];
  const names = new Set([...base.requiredProviders.keys(), ...head.requiredProviders.keys()]);
  for (const name of names) {
    const before = base.requiredProviders.get(name);
    const after = head.requiredProviders.get(name);
    const was = before?.body.value;
    const now = after?.body.value;
    if (sameValue(was, now)) continue;
    const message = `required_providers.${name} changed: ${requirement(was)} → ${requirement(now)}`;
    const entry = (after ?? before) as BlockEntry;
    out.push(makeConfigChange({ root, kind: "required-providers", address: `required_providers.${name}`, message, entry, before: was, after: now, node: `provider.${name}` }));
  }
  return out;
}

interface ChangedArgument {
  name: string;
  text: string;
}

function changedArguments(before: HclBody, after: HclBody): ChangedArgument[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  const out: ChangedArgument[] = [];
  for (const name of names) {
    if (sameValue(before[name], after[name])) continue;
    const text = isSensitiveName(name) ? `${name} (sensitive)` : `${name} ${formatValue(before[name], 40)} → ${formatValue(after[name], 40)}`;
    out.push({ name, text });
  }
  return out;
}

/** The changed, non-secret arguments of a body, for the ConfigChange's before/after. */
function pick(body: HclBody, changed: readonly ChangedArgument[]): HclBody {
  const out: HclBody = {};
  for (const { name } of changed) if (!isSensitiveName(name) && body[name] !== undefined) out[name] = body[name];
  return out;
}

function requirement(value: unknown): string {
  if (value === undefined) return "(none)";
  if (isRecord(value)) return [value.source, value.version].filter((v) => v !== undefined).map((v) => formatValue(v, 40)).join(" ");
  return formatValue(value, 40);
}

function asBody(value: unknown): HclBody {
  return isRecord(value) ? value : {};
}
