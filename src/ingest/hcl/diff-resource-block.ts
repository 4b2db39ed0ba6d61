import type { ResourceChange } from "../../model/resource-change.js";
import { forceNewAttributesOf } from "./force-new-attributes.js";
import type { BlockEntry, HclBody } from "./hcl-types.js";
import { sameValue } from "./hcl-values.js";
import { attributesOf, makeResourceChange, providerOf } from "./make-changes.js";
import { describeLifecycleChange, readLifecycle } from "./read-lifecycle.js";
import { describeResourceAddress } from "./resource-address.js";

const MAX_LISTED = 8;

/**
 * `diffResourceBlock` compares one resource block across base and head and returns its change, or undefined
 * when nothing Terraform acts on changed (a pure move returns `move`). Changed arguments listed in the
 * force-new catalogue, or a different `provider`, make a `replace` (certainty `possible`, create-first when
 * the head sets `create_before_destroy`); other argument or lifecycle changes make an `update` (`likely`), so a
 * removed `prevent_destroy` shows even when nothing else changed. Arguments the head's `ignore_changes`
 * covers are left out, as Terraform would. Data sources give `read`.
 */
export function diffResourceBlock(params: { root: string; address: string; base: BlockEntry; head: BlockEntry; previousAddress?: string }): ResourceChange | undefined {
  const { root, address, base, head, previousAddress } = params;
  const parts = describeResourceAddress(address);
  const type = parts?.type ?? "";
  const lifecycleBefore = readLifecycle(base.body);
  const lifecycleAfter = readLifecycle(head.body);
  const changed = changedArguments(base.body, head.body, lifecycleAfter.ignoreChanges);
  const lifecycleReasons = describeLifecycleChange(lifecycleBefore, lifecycleAfter);
  const providerBefore = providerOf(base.body, type);
  const providerAfter = providerOf(head.body, type);
  const moveReasons = previousAddress === undefined ? [] : [`moved block: ${previousAddress} → ${address}`];
  const common = { root, address, base, head, previousAddress };
  if (changed.length === 0 && lifecycleReasons.length === 0 && providerBefore === providerAfter) {
    return previousAddress === undefined ? undefined : makeResourceChange({ ...common, action: "move", certainty: "likely", reasons: moveReasons });
  }
  if (parts?.mode === "data") return makeResourceChange({ ...common, action: "read", certainty: "likely", reasons: [listed("data source arguments changed", changed), ...moveReasons] });
  const forceNew = forceNewAttributesOf(type);
  const forcing = changed.filter((name) => forceNew.has(name));
  const reasons = [...forcing.map((name) => `${name} changes: forces replacement`)];
  if (providerBefore !== providerAfter) reasons.push(`provider changes: ${providerBefore} → ${providerAfter}: the object may be re-created through the other provider configuration`);
  if (reasons.length === 0) {
    const updateReasons = [...(changed.length > 0 ? [listed("attributes changed", changed)] : []), ...lifecycleReasons, ...moveReasons];
    return makeResourceChange({ ...common, action: "update", certainty: "likely", reasons: updateReasons });
  }
  reasons.push("replace_because_cannot_update", ...lifecycleReasons, ...moveReasons);
  const replacement = {
    order: lifecycleAfter.createBeforeDestroy === true ? ("create-first" as const) : ("delete-first" as const),
    paths: forcing.map((name) => [name]),
    oldObject: "destroyed" as const,
  };
  return makeResourceChange({ ...common, action: "replace", certainty: "possible", reasons, replacement });
}

/** Top-level arguments and nested blocks whose values differ, minus those `ignore_changes` covers. */
function changedArguments(base: HclBody, head: HclBody, ignore: string[] | "all" | undefined): string[] {
  if (ignore === "all") return [];
  const ignored = new Set(ignore ?? []);
  const before = attributesOf(base);
  const after = attributesOf(head);
  const changed: string[] = [];
  for (const key of Object.keys(after)) if (!ignored.has(key) && !sameValue(before[key], after[key])) changed.push(key);
  for (const key of Object.keys(before)) if (!ignored.has(key) && !Object.hasOwn(after, key)) changed.push(key);
  return changed;
}

function listed(prefix: string, names: readonly string[]): string {
  const shown = names.slice(0, MAX_LISTED).join(", ");
  return names.length > MAX_LISTED ? `${prefix}: ${shown} and ${names.length - MAX_LISTED} more` : `${prefix}: ${shown}`;
}
