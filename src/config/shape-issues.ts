import type { z } from "zod";
import { configError, type ConfigIssue, type PathSegment } from "./config-issue.js";
import { describeValue } from "./describe-value.js";
import { keysAtPath } from "./keys-at-path.js";
import { inlineText, quoteText } from "./quote-text.js";
import { suggestName } from "./suggest-name.js";

type Issue = z.core.$ZodIssue;

const EXPECTED: Readonly<Record<string, string>> = {
  string: "a string",
  number: "a number",
  boolean: "`true` or `false`",
  object: "a mapping",
  record: "a mapping",
  array: "a list",
};

/**
 * `shapeIssues` turns zod issues (parsed with `reportInput: true`) into ConfigIssues with messages of the
 * form "expected X, received Y" and "unknown key `foo` (did you mean `bar`?)". `schema` is the schema that
 * produced them, used to suggest keys.
 */
export function shapeIssues(params: { issues: readonly Issue[]; schema: z.ZodType }): ConfigIssue[] {
  return params.issues.flatMap((issue) => describeIssue(issue, params.schema));
}

function describeIssue(issue: Issue, schema: z.ZodType): ConfigIssue[] {
  const path = toPath(issue.path);
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => unknownKey(path, key, schema));
    case "invalid_type":
      return [invalidType(path, issue.expected, issue.input)];
    case "invalid_value":
      return [invalidValue(path, issue.values, issue.input)];
    case "too_big":
    case "too_small":
      return [configError("config.out-of-range", path, outOfRange(issue))];
    case "invalid_format":
      return [configError("config.invalid-format", path, `${issue.message}, received ${describeValue(issue.input)}`)];
    case "invalid_key": {
      const why = issue.issues[0]?.message ?? "invalid key";
      return [configError("config.invalid-key", path, `invalid key ${quoteText(String(issue.input))}: ${why}`)];
    }
    default:
      return [configError("config.invalid-value", path, issue.message)];
  }
}

function unknownKey(parent: PathSegment[], key: string, schema: z.ZodType): ConfigIssue {
  const path = [...parent, key];
  if (key === "<<") {
    return configError("config.unknown-key", path, "unknown key `<<`: YAML merge keys are not supported, write the keys out");
  }
  const known = keysAtPath(schema, parent).filter((k) => k !== "_extends");
  const suggestion = suggestName(key, known);
  const hint =
    suggestion !== undefined
      ? ` (did you mean \`${suggestion}\`?)`
      : known.length > 0 && known.length <= 10
        ? ` (expected one of ${known.map((k) => `\`${k}\``).join(", ")})`
        : "";
  return configError("config.unknown-key", path, `unknown key \`${inlineText(key)}\`${hint}`);
}

function invalidType(path: PathSegment[], expected: string, input: unknown): ConfigIssue {
  if (input === undefined) return missingKey(path);
  const wanted = expected === "int" ? (typeof input === "number" ? "a whole number" : "a number") : (EXPECTED[expected] ?? expected);
  return configError("config.invalid-type", path, `expected ${wanted}, received ${describeValue(input)}`);
}

function invalidValue(path: PathSegment[], values: readonly unknown[], input: unknown): ConfigIssue {
  if (input === undefined) return missingKey(path);
  const options = values.map((v) => `\`${String(v)}\``).join(", ");
  const suggestion = typeof input === "string" ? suggestName(input, values.map(String)) : undefined;
  const hint = suggestion !== undefined ? ` (did you mean \`${suggestion}\`?)` : "";
  return configError("config.invalid-value", path, `expected one of ${options}, received ${describeValue(input)}${hint}`);
}

function missingKey(path: PathSegment[]): ConfigIssue {
  const key = path[path.length - 1];
  return configError("config.missing-key", path, `missing required key \`${inlineText(String(key ?? ""))}\``);
}

function outOfRange(issue: Extract<Issue, { code: "too_big" | "too_small" }>): string {
  const big = issue.code === "too_big";
  const limit = Number(big ? issue.maximum : issue.minimum);
  const input = issue.input;
  if (issue.origin === "string") {
    const length = typeof input === "string" ? [...input].length : 0;
    if (!big && limit === 1) return `expected a non-empty string, received ${describeValue(input)}`;
    return `expected ${big ? "at most" : "at least"} ${limit} characters, received ${length}`;
  }
  if (issue.origin === "array") {
    const count = Array.isArray(input) ? input.length : 0;
    return `expected ${big ? "at most" : "at least"} ${limit} items, received ${count}`;
  }
  const inclusive = issue.inclusive !== false;
  const bound = big ? (inclusive ? "≤" : "<") : inclusive ? "≥" : ">";
  return `expected a number ${bound} ${limit}, received ${describeValue(input)}`;
}

function toPath(path: readonly PropertyKey[]): PathSegment[] {
  return path.map((segment) => (typeof segment === "number" ? segment : String(segment)));
}
