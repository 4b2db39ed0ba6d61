import { isRecord, unwrapExpression } from "./hcl-values.js";

const LIST = /^(?:toset\(\s*)?\[([^\]]*)\]\s*\)?$/;
const QUOTED = /^"([^"\\$%]*)"$/;

/**
 * `literalKeys` returns the instance keys of a `for_each` value when they are written literally: an object
 * (`{ a = …, b = … }`), a list of strings, or `toset(["a", "b"])`. Returns undefined for anything computed,
 * including keys that are themselves expressions.
 */
export function literalKeys(value: unknown): string[] | undefined {
  if (isRecord(value)) {
    const keys = Object.keys(value);
    return keys.some((k) => k.includes("${")) ? undefined : keys;
  }
  if (Array.isArray(value)) return value.every((v) => typeof v === "string" && !v.includes("${")) ? (value as string[]) : undefined;
  const expression = unwrapExpression(value);
  const list = expression === undefined ? null : LIST.exec(expression);
  if (list === null) return undefined;
  const inner = (list[1] ?? "").trim();
  if (inner === "") return [];
  const keys: string[] = [];
  for (const item of inner.split(",")) {
    const trimmed = item.trim();
    if (trimmed === "") continue;
    const quoted = QUOTED.exec(trimmed);
    if (quoted === null) return undefined;
    keys.push(quoted[1] ?? "");
  }
  return keys;
}
