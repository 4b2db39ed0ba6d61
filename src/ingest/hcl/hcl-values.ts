import type { HclBody } from "./hcl-types.js";
import { findExpressionEnd } from "./scan-references.js";

/** `isRecord` tells a plain object (a body or an object value) from arrays, null and scalars. */
export function isRecord(value: unknown): value is HclBody {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `asBlockList` reads a nested block value: hcl2json writes an array of bodies, Terraform JSON may write one object. */
export function asBlockList(value: unknown): HclBody[] {
  if (Array.isArray(value)) return value.filter(isRecord);
  return isRecord(value) ? [value] : [];
}

/**
 * `unwrapExpression` returns the HCL source of a value that is exactly one `${…}` interpolation
 * (`"${var.x}"` → `var.x`), or undefined for literals and mixed templates (`"${a}-${b}"`).
 */
export function unwrapExpression(value: unknown): string | undefined {
  if (typeof value !== "string" || !value.startsWith("${") || !value.endsWith("}")) return undefined;
  return findExpressionEnd(value, 2) === value.length ? value.slice(2, -1).trim() : undefined;
}

/**
 * `addressText` reads a traversal written as a meta-argument (`moved.from`, `import.to`, `provider`):
 * hcl2json writes `"${aws_instance.a}"`, Terraform JSON writes the bare `"aws_instance.a"`.
 */
export function addressText(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = (unwrapExpression(value) ?? value).trim();
  return text === "" ? undefined : text;
}

/** `isExpression` tells whether a value holds an interpolation, i.e. cannot be known without evaluation. */
export function isExpression(value: unknown): boolean {
  return typeof value === "string" && (value.includes("${") || value.includes("%{"));
}

/** `literalCount` reads a literal whole number (`3`, `"3"`), or undefined for expressions and other values. */
export function literalCount(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isInteger(value) && value >= 0) return value;
  if (typeof value === "string" && /^\d{1,9}$/.test(value)) return Number(value);
  return undefined;
}

/**
 * `sameValue` compares two parsed values structurally. A block written as one object (Terraform JSON) equals the
 * same block as a one-element array (hcl2json), so moving a block between `.tf` and `.tf.json` is not a change.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const x = singleBlock(a);
  const y = singleBlock(b);
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((item, i) => sameValue(item, y[i]));
  if (isRecord(x) && isRecord(y)) {
    const keys = Object.keys(x);
    if (keys.length !== Object.keys(y).length) return false;
    return keys.every((k) => Object.prototype.hasOwnProperty.call(y, k) && sameValue(x[k], y[k]));
  }
  return x === y;
}

function singleBlock(value: unknown): unknown {
  return Array.isArray(value) && value.length === 1 && isRecord(value[0]) ? value[0] : value;
}

/** `formatValue` renders a value for a reviewer-facing message, shortening long ones (`${var.x}` → `var.x`). */
export function formatValue(value: unknown, max = 60): string {
  if (value === undefined) return "(unset)";
  const unwrapped = unwrapExpression(value);
  const text = unwrapped ?? JSON.stringify(value) ?? String(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Attribute names whose values are secrets by convention; their values are never put into messages. */
const SENSITIVE_NAME = /password|passwd|secret|token|private_key|access_key|credentials|api_key/i;

/** `isSensitiveName` tells whether an attribute name conventionally holds a secret. */
export function isSensitiveName(name: string): boolean {
  return SENSITIVE_NAME.test(name);
}

/**
 * `sensitiveMask` returns a mask shaped like `attributes` with `true` at attributes whose names hold secrets
 * (also inside nested blocks), or undefined when there are none, in the plan's `*_sensitive` convention.
 */
export function sensitiveMask(attributes: unknown): unknown {
  if (Array.isArray(attributes)) {
    const items = attributes.map(sensitiveMask);
    return items.some((m) => m !== undefined) ? items.map((m) => m ?? false) : undefined;
  }
  if (!isRecord(attributes)) return undefined;
  let mask: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(attributes)) {
    const inner = isSensitiveName(key) ? true : sensitiveMask(value);
    if (inner !== undefined) (mask ??= {})[key] = inner;
  }
  return mask;
}
