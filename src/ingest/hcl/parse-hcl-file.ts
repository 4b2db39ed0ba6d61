import type * as Hcl2JsonModule from "@cdktf/hcl2json";
import { diagnostic, type Diagnostic } from "../../model/diagnostic.js";
import { lineColumnAt } from "../json/json-position.js";
import { locateJsonError } from "../json/locate-json-error.js";
import { jsonNestingDepth } from "./check-json-text.js";
import type { ParsedFile, Side } from "./hcl-types.js";
import { isRecord } from "./hcl-values.js";
import { normalizeTfJson } from "./normalize-tf-json.js";
import { parseHclError } from "./parse-hcl-error.js";
import { scanHclSource } from "./scan-hcl-source.js";

/** Files above this many characters are not parsed: real configurations are far smaller, and parse time grows with size. */
export const MAX_FILE_CHARS = 2 * 1024 * 1024;
/**
 * Nesting cost (see `scanHclSource`) above which HCL is not handed to hcl2json. Its Go parser recurses per
 * nesting level and, past a few thousand levels, kills its WebAssembly runtime, after which every later parse
 * in the process hangs. Real configurations stay under 50.
 */
export const MAX_NESTING_COST = 1000;
/** JSON nesting depth above which a `.tf.json` file is refused (the walks after parsing are recursive). */
export const MAX_JSON_DEPTH = 200;

/** One side of one file after parsing, with the diagnostics that explain a missing body. */
export interface ParsedFileResult {
  file: ParsedFile;
  diagnostics: Diagnostic[];
}

/**
 * `parseHclFile` parses one side of one `.tf` (with @cdktf/hcl2json) or `.tf.json` (JSON.parse, then
 * normalised to hcl2json's shape) file. Oversized, too deeply nested or invalid text yields `body: null` and an
 * error diagnostic naming the file and, when known, the 1-based line and column. Never rejects.
 */
export async function parseHclFile(params: { path: string; root: string; side: Side; text: string }): Promise<ParsedFileResult> {
  const json = params.path.endsWith(".json");
  const file: ParsedFile = { ...params, json, body: null, headers: [] };
  if (params.text.length > MAX_FILE_CHARS) {
    return failed(file, "hcl.too-large", `file is larger than ${MAX_FILE_CHARS / 1024 / 1024} MB and was not parsed: its changes are unknown`);
  }
  return json ? parseJson(file) : parseHcl(file);
}

/**
 * hcl2json unpacks and starts a Go WebAssembly runtime as soon as it is imported, which costs every process
 * that never parses HCL (the app on plan-only PRs, `airlock analyze --plan`): load it on first use only.
 */
type Hcl2Json = typeof Hcl2JsonModule;
let hcl2json: Promise<Hcl2Json> | undefined;
function loadHcl2Json(): Promise<Hcl2Json> {
  hcl2json ??= import("@cdktf/hcl2json");
  return hcl2json;
}

async function parseHcl(file: ParsedFile): Promise<ParsedFileResult> {
  const scan = scanHclSource(file.text);
  file.headers = scan.headers;
  if (scan.nestingCost > MAX_NESTING_COST) {
    return failed(file, "hcl.too-deep", "expressions are nested too deeply to parse safely: this file's changes are unknown", { line: scan.nestingLine });
  }
  try {
    const { parse } = await loadHcl2Json();
    const body: unknown = await parse(file.path, file.text);
    if (!isRecord(body)) return failed(file, "hcl.syntax", "the HCL parser returned no configuration body");
    file.body = body;
    return { file, diagnostics: [] };
  } catch (error) {
    const detail = parseHclError(error instanceof Error ? error.message : String(error), file.path);
    if (detail.line === undefined) return failed(file, "hcl.parser", `the HCL parser failed: ${detail.message}; this file's changes are unknown`);
    return failed(file, "hcl.syntax", `syntax error: ${detail.message}`, { line: detail.line, column: detail.column });
  }
}

function parseJson(file: ParsedFile): ParsedFileResult {
  const text = file.text.startsWith("\uFEFF") ? file.text.slice(1) : file.text;
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    const offset = locateJsonError(text)?.offset;
    const where = offset === undefined ? {} : lineColumnAt(text, offset);
    return failed(file, "hcl.syntax", `invalid JSON: ${error instanceof Error ? error.message : String(error)}`, where);
  }
  if (!isRecord(doc)) return failed(file, "hcl.syntax", "a Terraform JSON file must hold one JSON object");
  if (jsonNestingDepth(text) > MAX_JSON_DEPTH) {
    return failed(file, "hcl.too-deep", `JSON is nested deeper than ${MAX_JSON_DEPTH} levels and was not read: this file's changes are unknown`);
  }
  file.body = normalizeTfJson(doc);
  return { file, diagnostics: [] };
}

function failed(file: ParsedFile, code: string, message: string, where: { line?: number; column?: number } = {}): ParsedFileResult {
  const d = diagnostic({ level: "error", file: file.path, message: `${message} (${file.side} version)`, code, line: where.line, column: where.column });
  return { file, diagnostics: [d] };
}
