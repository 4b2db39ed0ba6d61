import { diagnostic, type Diagnostic } from "../model/diagnostic.js";
import { boundedMemo } from "./bounded-memo.js";
import type { PathSegment } from "./config-issue.js";
import { locateYamlPath } from "./locate-yaml-path.js";
import { parseYamlText } from "./parse-yaml-text.js";
import { validateConfigValue, type ParseConfigResult } from "./validate-config-value.js";

/**
 * `parseConfig` reads the text of `.github/airlock.yml` in three stages, each with its own errors: YAML
 * syntax, shape (the schema: types, allowed values, unknown keys) and semantics (rules across keys). Every
 * diagnostic carries the key path and the line and column of that key. No text (`null`, `undefined`) or an
 * empty document gives the defaults. `source` names the file in diagnostics. An `_extends` key is accepted
 * but not followed here (the app's loader follows it): a warning says the file was checked on its own.
 * Each call returns a fresh result the caller may change; the same text from the same source (up to
 * MEMO_MAX_TEXT characters) is parsed once and then copied from a bounded memo, so the app does not re-parse
 * an unchanged file on every evaluation.
 */
export function parseConfig(params: { text: string | null | undefined; source: string }): ParseConfigResult {
  const { text, source } = params;
  if (text === null || text === undefined || text.length > MEMO_MAX_TEXT) return parseNow(text, source);
  return structuredClone(memo.get(`${source}\u0000${text}`, () => parseNow(text, source)));
}

/** Texts up to this many characters are remembered (a config file is a few KB; at most 64 × 64 KB kept). */
const MEMO_MAX_TEXT = 64 * 1024;
const memo = boundedMemo<ParseConfigResult>(64);

function parseNow(text: string | null | undefined, source: string): ParseConfigResult {
  if (text === null || text === undefined) return validateConfigValue({ value: {}, source });
  const yaml = parseYamlText({ text, source });
  if (!yaml.ok) return yaml;
  const locate = (path: readonly PathSegment[]) => locateYamlPath({ document: yaml.document, lineCounter: yaml.lineCounter, path });
  const warnings = [...yaml.warnings, ...extendsWarning(yaml.value, source, locate)];
  return validateConfigValue({ value: yaml.value, source, locate, warnings });
}

function extendsWarning(value: unknown, source: string, locate: (path: readonly PathSegment[]) => { line: number; column: number } | undefined): Diagnostic[] {
  if (typeof value !== "object" || value === null || !("_extends" in value) || typeof value._extends !== "string") return [];
  const position = locate(["_extends"]);
  return [
    diagnostic({
      level: "warning",
      file: source,
      message: "not followed when a file is checked on its own: keys this file leaves out come from its base in the app",
      path: "_extends",
      line: position?.line,
      column: position?.column,
      code: "config.extends-not-followed",
    }),
  ];
}
