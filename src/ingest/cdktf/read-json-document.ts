import { diagnostic, type Diagnostic } from "../../model/diagnostic.js";
import { lineColumnAt } from "../json/json-position.js";
import { locateJsonError } from "../json/locate-json-error.js";
import { formatJsonPath, type JsonStep } from "./json-values.js";
import { locateJsonPath } from "./locate-json-path.js";

/** A JSON file's text and the facts a diagnostic about it needs. */
export interface JsonDocument {
  file: string;
  text: string;
  /** Which side of the pull request the text is: named in messages. */
  side: "base" | "head";
}

/**
 * `readJsonDocument` parses a JSON text (a leading BOM is allowed). Text that is not JSON gives `value:
 * undefined` and an error diagnostic with `code` and the 1-based line and column of the first syntax error.
 */
export function readJsonDocument(doc: JsonDocument, code: string): { value: unknown; diagnostics: Diagnostic[] } {
  const text = doc.text.startsWith("\uFEFF") ? doc.text.slice(1) : doc.text;
  try {
    return { value: JSON.parse(text) as unknown, diagnostics: [] };
  } catch (error) {
    const offset = locateJsonError(text)?.offset;
    const where = offset === undefined ? {} : lineColumnAt(text, offset);
    const reason = error instanceof Error ? error.message : String(error);
    const message = `invalid JSON (${doc.side} version): ${reason}`;
    return { value: undefined, diagnostics: [diagnostic({ level: "error", file: doc.file, code, message, ...where })] };
  }
}

/**
 * `jsonPathDiagnostic` reports a problem at a JSON path of a parsed document, with the path rendered
 * (`stacks.MyStack.dependencies[0]`) and the 1-based line and column where that value starts, when found.
 */
export function jsonPathDiagnostic(doc: JsonDocument, d: { level: Diagnostic["level"]; code: string; message: string; at: readonly JsonStep[] }): Diagnostic {
  const offset = locateJsonPath(doc.text, d.at);
  const where = offset === undefined ? {} : lineColumnAt(doc.text, offset);
  const path = d.at.length === 0 ? undefined : formatJsonPath(d.at);
  return diagnostic({ level: d.level, file: doc.file, code: d.code, message: `${d.message} (${doc.side} version)`, path, ...where });
}
