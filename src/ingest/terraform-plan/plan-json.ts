/** A JSON object as read from a plan: every member is unknown until checked. */
export type JsonObject = Record<string, unknown>;

/** `isObject` tells whether a parsed JSON value is an object (not null, not an array). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `objectOrNull` returns the value when it is a JSON object and null otherwise (plan `before`/`after` are null or objects). */
export function objectOrNull(value: unknown): JsonObject | null {
  return isObject(value) ? value : null;
}

/** `stringOrUndefined` returns the value when it is a non-empty string. */
export function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * `memberPath` appends an object member to a JSON path: `output_changes.db_url`, or
 * `output_changes["odd key"]` when the key is not an identifier, so the path stays unambiguous.
 */
export function memberPath(base: string, key: string): string {
  const step = IDENTIFIER.test(key) ? key : JSON.stringify(key);
  if (step.startsWith('"')) return `${base}[${step}]`;
  return base === "" ? step : `${base}.${step}`;
}

/** `indexPath` appends an array index to a JSON path: `resource_changes[3]`. */
export function indexPath(base: string, index: number): string {
  return `${base}[${index}]`;
}
