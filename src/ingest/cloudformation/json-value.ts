/** A JSON object as parsed from a template: string keys, unknown values. */
export type JsonObject = Record<string, unknown>;

/** `isJsonObject` tells whether a value is a JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * `ownValue` reads an own property only: template keys are data, so `constructor` or `__proto__` must never
 * resolve to something inherited.
 */
export function ownValue(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** `ownString` reads an own property that is a string, or undefined. */
export function ownString(object: JsonObject, key: string): string | undefined {
  const value = ownValue(object, key);
  return typeof value === "string" ? value : undefined;
}

/** `ownObject` reads an own property that is a JSON object, or undefined. */
export function ownObject(object: JsonObject, key: string): JsonObject | undefined {
  const value = ownValue(object, key);
  return isJsonObject(value) ? value : undefined;
}

/** `recordOf` copies string-keyed entries into a null-prototype record, so lookups never reach Object.prototype. */
export function recordOf<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  for (const [key, value] of entries) out[key] = value;
  return out;
}

/** `lookup` reads an own entry of a caller-supplied record (which may have a prototype). */
export function lookup<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
