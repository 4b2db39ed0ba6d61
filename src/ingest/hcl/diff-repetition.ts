import type { ConfigChange, ResourceChange } from "../../model/resource-change.js";
import type { BlockEntry, RefactorEntry } from "./hcl-types.js";
import { formatValue, literalCount, sameValue } from "./hcl-values.js";
import { makeConfigChange, makeResourceChange } from "./make-changes.js";
import { literalKeys } from "./literal-keys.js";
import { readLifecycle } from "./read-lifecycle.js";

/** At most this many per-instance changes are listed for one block; the last one says how many more there are. */
const MAX_INSTANCES = 100;
const WRONG_REPETITION = "delete_because_wrong_repetition";

type Repetition = { kind: "none" } | { kind: "count" | "for_each"; value: unknown };

interface Context {
  root: string;
  address: string;
  base: BlockEntry;
  head: BlockEntry;
  rekeyed: readonly RefactorEntry[];
  module: boolean;
}

/**
 * `diffRepetition` compares `count` / `for_each` of a resource (or module call) present on both sides. Any change
 * gives a `count` / `for-each` ConfigChange (before/after: the literal numbers or keys when known, else the raw
 * values). For resources it also lists instance changes: a literal count going 3 → 1 deletes `[1]` and `[2]`,
 * removed literal keys delete their instances (`likely`); adding or removing the meta-argument re-addresses
 * instances: adding `count` moves the object to `[0]`, anything else is a `possible` replace
 * (`delete_because_wrong_repetition`) unless the head's `moved` blocks re-key the instances.
 */
export function diffRepetition(params: { root: string; address: string; base: BlockEntry; head: BlockEntry; rekeyed: readonly RefactorEntry[]; module?: boolean }): {
  changes: ResourceChange[];
  configChanges: ConfigChange[];
} {
  const ctx: Context = { ...params, module: params.module === true };
  const before = repetitionOf(ctx.base);
  const after = repetitionOf(ctx.head);
  if (before.kind === after.kind && (before.kind === "none" || sameValue(valueOf(before), valueOf(after)))) return { changes: [], configChanges: [] };
  const changes = ctx.module ? [] : instanceChanges(ctx, before, after);
  return { changes, configChanges: [configChange(ctx, before, after)] };
}

function repetitionOf(entry: BlockEntry): Repetition {
  if (entry.body.count !== undefined) return { kind: "count", value: entry.body.count };
  if (entry.body.for_each !== undefined) return { kind: "for_each", value: entry.body.for_each };
  return { kind: "none" };
}

function valueOf(r: Repetition): unknown {
  return r.kind === "none" ? undefined : r.value;
}

/** The form scoring compares: a number for a literal count, the key list for literal for_each keys, else the raw value. */
function comparable(r: Repetition): unknown {
  if (r.kind === "none") return undefined;
  if (r.kind === "count") return literalCount(r.value) ?? r.value;
  return literalKeys(r.value) ?? r.value;
}

function configChange(ctx: Context, before: Repetition, after: Repetition): ConfigChange {
  const kind = after.kind === "for_each" || (after.kind === "none" && before.kind === "for_each") ? "for-each" : "count";
  const what = ctx.module ? `everything in the affected instances of ${ctx.address} is destroyed or re-addressed` : "instances are destroyed, created or re-addressed";
  const message = `${ctx.address}: ${describe(before)} → ${describe(after)}; ${what}`;
  return makeConfigChange({ root: ctx.root, kind, address: ctx.address, message, entry: ctx.head, before: comparable(before), after: comparable(after) });
}

function describe(r: Repetition): string {
  return r.kind === "none" ? "no count or for_each" : `${r.kind} = ${formatValue(r.value)}`;
}

function instanceChanges(ctx: Context, before: Repetition, after: Repetition): ResourceChange[] {
  if (before.kind === after.kind) return before.kind === "count" ? countChanges(ctx, before, after) : keyChanges(ctx, before, after, "delete_because_each_key");
  if (ctx.rekeyed.length > 0) return ctx.rekeyed.map((entry) => rekeyedMove(ctx, entry));
  if (before.kind === "none" && after.kind === "count") return [countAdded(ctx, after)];
  if (after.kind === "none" && before.kind === "count") return countRemoved(ctx, before);
  if (after.kind === "none" && literalKeys(valueOf(before)) !== undefined) return keyChanges(ctx, before, after, WRONG_REPETITION);
  const note = `${describe(before)} → ${describe(after)}: every existing instance is destroyed and re-created under new addresses unless moved blocks map them`;
  const replacement = { order: createFirst(ctx) ? ("create-first" as const) : ("delete-first" as const), paths: [[after.kind === "none" ? before.kind : after.kind]], oldObject: "destroyed" as const };
  return [resourceChange(ctx, ctx.address, "replace", "possible", [note, WRONG_REPETITION], replacement)];
}

function countChanges(ctx: Context, before: Repetition, after: Repetition): ResourceChange[] {
  const was = literalCount(valueOf(before));
  const now = literalCount(valueOf(after));
  if (was === undefined || now === undefined) return [];
  const reason = `count decreased from ${was} to ${now}`;
  const out: ResourceChange[] = [];
  for (let i = now; i < was && out.length < MAX_INSTANCES; i += 1) out.push(resourceChange(ctx, `${ctx.address}[${i}]`, "delete", "likely", [reason, "delete_because_count_index"]));
  for (let i = was; i < now && out.length < MAX_INSTANCES; i += 1) out.push(resourceChange(ctx, `${ctx.address}[${i}]`, "create", "likely", [`count increased from ${was} to ${now}`]));
  return capped(out, Math.abs(was - now));
}

function keyChanges(ctx: Context, before: Repetition, after: Repetition, why: string): ResourceChange[] {
  const was = literalKeys(valueOf(before));
  const now = after.kind === "none" ? [] : literalKeys(valueOf(after));
  if (was === undefined || now === undefined) return [];
  const keep = new Set(now);
  const gone = was.filter((k) => !keep.has(k));
  const kept = new Set(was);
  const added = now.filter((k) => !kept.has(k));
  const out: ResourceChange[] = [];
  for (const key of gone.slice(0, MAX_INSTANCES)) out.push(resourceChange(ctx, `${ctx.address}[${JSON.stringify(key)}]`, "delete", "likely", [`for_each key ${JSON.stringify(key)} removed`, why]));
  for (const key of added.slice(0, Math.max(0, MAX_INSTANCES - out.length))) out.push(resourceChange(ctx, `${ctx.address}[${JSON.stringify(key)}]`, "create", "likely", [`for_each key ${JSON.stringify(key)} added`]));
  return capped(out, gone.length + added.length);
}

function countAdded(ctx: Context, after: Repetition): ResourceChange {
  const count = literalCount(valueOf(after));
  if (count === 0) return resourceChange(ctx, ctx.address, "delete", "likely", ["count = 0 added: the existing object is destroyed", "delete_because_count_index"]);
  const reasons = [`count added: Terraform moves ${ctx.address} to ${ctx.address}[0]`];
  if (count === undefined) reasons.push("if the count evaluates to 0 the object is destroyed");
  const change = resourceChange(ctx, `${ctx.address}[0]`, "move", count === undefined ? "possible" : "likely", reasons);
  change.previousAddress = ctx.address;
  return change;
}

function countRemoved(ctx: Context, before: Repetition): ResourceChange[] {
  const was = literalCount(valueOf(before));
  if (was === undefined) {
    const reasons = [`count removed: ${ctx.address}[0] becomes ${ctx.address}; every other instance is destroyed`, WRONG_REPETITION];
    return [resourceChange(ctx, `${ctx.address}[1]`, "delete", "possible", reasons)];
  }
  const out: ResourceChange[] = [];
  for (let i = 1; i < was && out.length < MAX_INSTANCES; i += 1) out.push(resourceChange(ctx, `${ctx.address}[${i}]`, "delete", "likely", [`count removed (was ${was})`, WRONG_REPETITION]));
  return capped(out, Math.max(0, was - 1));
}

function rekeyedMove(ctx: Context, entry: RefactorEntry): ResourceChange {
  const change = resourceChange(ctx, entry.to ?? ctx.address, "move", "likely", [`moved block: ${entry.from ?? ""} → ${entry.to ?? ""}`]);
  change.previousAddress = entry.from ?? ctx.address;
  return change;
}

function resourceChange(ctx: Context, address: string, action: ResourceChange["action"], certainty: ResourceChange["certainty"], reasons: string[], replacement?: ResourceChange["replacement"]): ResourceChange {
  // Instance changes point at the head block, where the count or for_each was edited.
  const sides = action === "create" ? { head: ctx.head } : action === "delete" ? { base: ctx.base, location: ctx.head.location } : { base: ctx.base, head: ctx.head };
  return makeResourceChange({ root: ctx.root, address, action, certainty, reasons, ...sides, replacement });
}

function capped(changes: ResourceChange[], total: number): ResourceChange[] {
  const last = changes[changes.length - 1];
  if (last !== undefined && total > changes.length) last.reasons.splice(last.reasons.length - 1, 0, `and ${total - changes.length} more instances not listed`);
  return changes;
}

function createFirst(ctx: Context): boolean {
  return readLifecycle(ctx.head.body).createBeforeDestroy === true;
}
