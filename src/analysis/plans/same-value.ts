/**
 * `sameValue` compares two JSON-like values structurally (object key order ignored, `null` and `undefined`
 * both meaning absent). It builds no strings, so comparing secrets leaves no copy of them behind.
 */
export function sameValue(a: unknown, b: unknown, depth = 0): boolean {
  // Values nested deeper than any real attribute are treated as different: fail closed, never overflow.
  if (depth > MAX_DEPTH) return false;
  if (a === undefined || a === null || b === undefined || b === null) return (a ?? null) === (b ?? null);
  if (typeof a !== "object" || typeof b !== "object") return Object.is(a, b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameValue(item, b[i], depth + 1));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) if (!sameValue(left[key], right[key], depth + 1)) return false;
  return true;
}

/** `canonicalJson` renders a JSON-like value with object keys sorted, so equal values render equally. */
export function canonicalJson(value: unknown, depth = 0): string {
  if (value === undefined || value === null) return "null";
  if (typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (depth > MAX_DEPTH) return '"(nested too deeply)"';
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item, depth + 1)).join(",")}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k], depth + 1)}`).join(",")}}`;
}

const MAX_DEPTH = 100;
