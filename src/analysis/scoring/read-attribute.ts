import type { AttributePath } from "../risk-catalogue/index.js";

/**
 * What is known about one attribute: `absent`, a literal `value`, an `expression` a static diff cannot evaluate
 * (HCL text like `${var.x}`), or `unknown` until apply (plan `after_unknown`).
 */
export type AttributeRead =
  | { kind: "absent" }
  | { kind: "value"; value: unknown }
  | { kind: "expression"; text: string }
  | { kind: "unknown" };

/**
 * `readAttribute` returns the raw value at `path`, or undefined. Terraform blocks are arrays of objects, so a
 * key applied to an array reads its first element, and an index applied to an object (a block written as a
 * single object) is skipped. Only the named path is walked: nothing else of the resource is touched.
 */
export function readAttribute(root: unknown, path: AttributePath): unknown {
  let current: unknown = root;
  for (const part of path) {
    if (current === null || current === undefined) return undefined;
    current = step(current, part);
  }
  return current;
}

const ABSENT: AttributeRead = Object.freeze({ kind: "absent" });
const UNKNOWN: AttributeRead = Object.freeze({ kind: "unknown" });

/**
 * `readKnown` classifies the attribute at `path` of `attributes`, consulting an `after_unknown`-shaped mask.
 * Absent and unknown reads are shared frozen objects: most guards of most resources are not set.
 */
export function readKnown(attributes: unknown, path: AttributePath, unknownMask?: unknown): AttributeRead {
  if (unknownMask !== undefined && isMarkedUnknown(unknownMask, path)) return UNKNOWN;
  const value = readAttribute(attributes, path);
  if (value === undefined || value === null) return ABSENT;
  if (typeof value === "string" && value.includes("${")) return { kind: "expression", text: value };
  return { kind: "value", value };
}

/** `asBoolean` reads a boolean, accepting the strings `"true"`/`"false"` some sources write; otherwise undefined. */
export function asBoolean(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (value === "true") return true;
  if (value === "false") return false;
  return undefined;
}

/** `asNumber` reads a finite number, accepting numeric strings (CloudFormation writes `"0"`); otherwise undefined. */
export function asNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string" && value.trim() !== "") {
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/** `asStringList` reads a string or a list of strings (non-strings are dropped); otherwise an empty list. */
export function asStringList(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is string => typeof v === "string");
}

/** `asObjectList` reads a block list (or a single block) as objects; otherwise an empty list. */
export function asObjectList(value: unknown): Record<string, unknown>[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list.filter((v): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v));
}

function step(current: unknown, part: string | number): unknown {
  if (typeof part === "number") {
    return Array.isArray(current) ? current[part] : current;
  }
  const holder = Array.isArray(current) ? current[0] : current;
  if (typeof holder !== "object" || holder === null) return undefined;
  return (holder as Record<string, unknown>)[part];
}

function isMarkedUnknown(mask: unknown, path: AttributePath): boolean {
  let current: unknown = mask;
  for (const part of path) {
    if (current === true) return true;
    if (current === null || current === undefined || typeof current !== "object") return false;
    current = step(current, part);
  }
  return current === true;
}
