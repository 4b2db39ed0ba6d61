import type { Lifecycle } from "../../model/resource-change.js";
import type { HclBody } from "./hcl-types.js";
import { addressText, asBlockList } from "./hcl-values.js";

/**
 * `readLifecycle` reads the `lifecycle` blocks of a resource body: `prevent_destroy`, `create_before_destroy`
 * (literal booleans only, as Terraform requires) and `ignore_changes` (attribute names, or `"all"`).
 * Fields absent from the source stay absent, so "removed" and "set to false" can be told apart.
 */
export function readLifecycle(body: HclBody): Lifecycle {
  const out: Lifecycle = {};
  for (const block of asBlockList(body.lifecycle)) {
    const prevent = asBoolean(block.prevent_destroy);
    if (prevent !== undefined) out.preventDestroy = prevent;
    const cbd = asBoolean(block.create_before_destroy);
    if (cbd !== undefined) out.createBeforeDestroy = cbd;
    const ignore = readIgnoreChanges(block.ignore_changes);
    if (ignore !== undefined) out.ignoreChanges = ignore;
  }
  return out;
}

/**
 * `describeLifecycleChange` returns one reviewer-facing reason per lifecycle setting that differs, e.g.
 * `prevent_destroy removed`, `prevent_destroy set to false`, `create_before_destroy set to true`.
 */
export function describeLifecycleChange(before: Lifecycle, after: Lifecycle): string[] {
  const reasons: string[] = [];
  if (before.preventDestroy !== after.preventDestroy) reasons.push(flagChange("prevent_destroy", before.preventDestroy, after.preventDestroy));
  if (before.createBeforeDestroy !== after.createBeforeDestroy) {
    reasons.push(flagChange("create_before_destroy", before.createBeforeDestroy, after.createBeforeDestroy));
  }
  if (JSON.stringify(before.ignoreChanges) !== JSON.stringify(after.ignoreChanges)) reasons.push("ignore_changes changed");
  return reasons;
}

function flagChange(name: string, before: boolean | undefined, after: boolean | undefined): string {
  if (after === undefined) return `${name} removed (was ${String(before)})`;
  return `${name} set to ${String(after)}`;
}

function readIgnoreChanges(value: unknown): string[] | "all" | undefined {
  if (value === undefined || value === null) return undefined;
  if (addressText(value) === "all") return "all";
  if (!Array.isArray(value)) return undefined;
  return value.map((item) => addressText(item) ?? String(item));
}

function asBoolean(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (value === "true" || value === "false") return value === "true";
  return undefined;
}
