import { pathLabel, type AttributePath, type GuardAttribute, type GuardDanger } from "../risk-catalogue/index.js";
import { asBoolean, asNumber, readKnown, type AttributeRead } from "./read-attribute.js";

/** How a guard attribute changed: `weakened` (with a phrase like "is turned off"), `unknown` (cannot tell), or `unchanged`. */
export type GuardVerdict = { kind: "weakened"; transition: string } | { kind: "unknown"; text: string } | { kind: "unchanged" };

/** The sides of a change a guard is read from (a ResourceChange is one: pass it as it is, no copy per guard). */
export interface GuardSides {
  before: unknown;
  after: unknown;
  afterUnknown?: unknown;
}

const UNCHANGED: GuardVerdict = Object.freeze({ kind: "unchanged" });

/**
 * `checkGuard` compares one guard attribute before → after in the dangerous direction of `guard.danger`.
 * An expression or a value known only after apply, where the guard was on, is `unknown`: never guessed.
 * The `unchanged` verdict, by far the most common, is one shared frozen object.
 */
export function checkGuard(guard: GuardAttribute<string>, path: AttributePath, sides: GuardSides): GuardVerdict {
  const after = readKnown(sides.after, path, sides.afterUnknown);
  // most resources do not set most guards: an absent guard after the change is only dangerous when its absence is
  if (after.kind === "absent" && guard.danger.kind !== "removed-from") return UNCHANGED;
  const before = readKnown(sides.before, path);
  if (after.kind === "expression" || after.kind === "unknown") {
    const same = before.kind === "expression" && after.kind === "expression" && before.text === after.text;
    if (same || isDown(guard.danger, before)) return UNCHANGED;
    return { kind: "unknown", text: after.kind === "expression" ? shorten(after.text) : "known only after apply" };
  }
  if (guard.danger.kind === "lowered") {
    return isLowered(guard.danger, before, after) ? { kind: "weakened", transition: describe(guard.danger, before, after) } : UNCHANGED;
  }
  if (!isDown(guard.danger, after) || isDown(guard.danger, before)) return UNCHANGED;
  return { kind: "weakened", transition: describe(guard.danger, before, after) };
}

/** `isGuardDown` tells whether the guard at `path` is already in its dangerous state in `attributes`. */
export function isGuardDown(danger: GuardDanger, path: AttributePath, attributes: unknown): boolean {
  return isDown(danger, readKnown(attributes, path));
}

/** `guardLabel` names the attribute as a reviewer would write it. */
export function guardLabel(path: AttributePath): string {
  return pathLabel(path);
}

function isDown(danger: GuardDanger, read: AttributeRead): boolean {
  const value = read.kind === "value" ? read.value : undefined;
  switch (danger.kind) {
    case "turned-off":
      return asBoolean(value) === false;
    case "turned-on":
      return asBoolean(value) === true;
    case "zeroed":
      return asNumber(value) === 0;
    case "lowered":
      // a window length is never "down" by itself: only a shorter one than before is
      return false;
    case "set-to":
      return typeof value === "string" && danger.values.includes(value);
    case "removed-from":
      return read.kind === "absent" || (typeof value === "string" && !danger.values.includes(value));
  }
}

function isLowered(danger: { default: number }, before: AttributeRead, after: AttributeRead): boolean {
  const was = before.kind === "value" ? asNumber(before.value) : before.kind === "absent" ? danger.default : undefined;
  const now = after.kind === "value" ? asNumber(after.value) : undefined;
  return was !== undefined && now !== undefined && now < was;
}

function describe(danger: GuardDanger, before: AttributeRead, after: AttributeRead): string {
  const now = after.kind === "value" ? after.value : undefined;
  switch (danger.kind) {
    case "turned-off":
      return before.kind === "absent" ? "is set to false" : "is turned off";
    case "turned-on":
      return "is set to true";
    case "zeroed":
      return "is set to 0";
    case "lowered": {
      const was = before.kind === "value" ? String(asNumber(before.value)) : `the default ${danger.default}`;
      return `is lowered from ${was} to ${String(asNumber(now))}`;
    }
    case "set-to":
      return `is set to ${String(now)}`;
    case "removed-from": {
      const was = before.kind === "value" ? String(before.value) : "a protective value";
      return now === undefined ? `is no longer ${was}` : `changes from ${was} to ${String(now)}`;
    }
  }
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, " ");
  return oneLine.length <= 60 ? oneLine : `${oneLine.slice(0, 57)}...`;
}
