import { quoteText } from "./quote-text.js";

/**
 * `describeValue` names a config value for "received …" in a message: strings quoted (and shortened),
 * numbers and booleans as written, and `a list`, `a mapping` or `an empty value` for the rest.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (typeof value === "string") return quoteText(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `a ${typeof value}`;
}
