/** A parsed JSON object whose members are unknown until checked. */
export type JsonObject = Record<string, unknown>;

/** A step of a JSON path: an object member name or an array index. */
export type JsonStep = string | number;

/** `isJsonObject` tells a JSON object from arrays, null and scalars. */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * `objectList` reads a Terraform JSON block value, which may be one object or an array of objects
 * (both mean the same); anything else reads as no objects.
 */
export function objectList(value: unknown): JsonObject[] {
  if (Array.isArray(value)) return value.filter(isJsonObject);
  return isJsonObject(value) ? [value] : [];
}

/** `nonEmptyString` returns the value when it is a non-empty string, else undefined. */
export function nonEmptyString(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * `formatJsonPath` renders path steps as `stacks.MyStack.dependencies[0]`; a member that is not an
 * identifier is quoted (`stacks["my stack"]`), so the path stays unambiguous. The empty path renders as "".
 */
export function formatJsonPath(steps: readonly JsonStep[]): string {
  let out = "";
  for (const step of steps) {
    if (typeof step === "number") out += `[${step}]`;
    else if (IDENTIFIER.test(step)) out += out === "" ? step : `.${step}`;
    else out += `[${JSON.stringify(step)}]`;
  }
  return out;
}
