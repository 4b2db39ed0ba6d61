import { LineCounter, parseDocument, visit, type Document } from "yaml";
import { diagnostic, type Diagnostic } from "../model/diagnostic.js";
import { yamlNestingDepth } from "../model/yaml-depth.js";
import { CONFIG_LIMITS } from "./limits.js";
import { cleanText, inlineText } from "./quote-text.js";

/** Nesting past these is refused before parsing: the YAML parser recurses on it. No real config comes close. */
const MAX_FLOW_DEPTH = 64;
const MAX_INDENT = 400;
const MAX_SYNTAX_ERRORS = 50;

/** A YAML text read into a plain value, with what is needed to point back into the text. */
export interface ParsedYaml {
  ok: true;
  value: unknown;
  document: Document;
  lineCounter: LineCounter;
  warnings: Diagnostic[];
}

/**
 * `parseYamlText` is the syntax stage of config parsing: it reads YAML 1.2 text into a plain value, or
 * returns diagnostics with line and column. It refuses texts over `CONFIG_LIMITS.maxBytes`, several
 * documents, duplicate keys, and alias expansion past `CONFIG_LIMITS.maxAliasCount` ("billion laughs").
 */
export function parseYamlText(params: { text: string; source: string }): ParsedYaml | { ok: false; diagnostics: Diagnostic[] } {
  const { text, source } = params;
  const bytes = utf8Length(text);
  if (bytes > CONFIG_LIMITS.maxBytes) {
    const message = `the file is ${Math.ceil(bytes / 1024)} KiB; at most ${CONFIG_LIMITS.maxBytes / 1024} KiB is read`;
    return failed(diagnostic({ level: "error", file: source, message, code: "config.too-large" }));
  }
  const depth = yamlNestingDepth(text);
  if (depth.flow > MAX_FLOW_DEPTH || depth.indent > MAX_INDENT) {
    const message = `the YAML nests too deeply (${depth.flow} levels of brackets, indentation ${depth.indent}); at most ${MAX_FLOW_DEPTH} and ${MAX_INDENT} are read`;
    return failed(diagnostic({ level: "error", file: source, message, code: "config.too-deep" }));
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, version: "1.2" });
  const shown = document.errors.slice(0, MAX_SYNTAX_ERRORS);
  const errors = shown.map((error) => {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    const message = `invalid YAML: ${syntaxMessage(error.code, error.message, text.slice(error.pos[0], error.pos[0] + 200))}`;
    return diagnostic({ level: "error", file: source, message, line, column: col, code: "config.yaml-syntax" });
  });
  if (document.errors.length > shown.length) {
    errors.push(diagnostic({ level: "error", file: source, message: `and ${document.errors.length - shown.length} more YAML syntax errors`, code: "config.yaml-syntax" }));
  }
  if (errors.length > 0) return { ok: false, diagnostics: errors };
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: CONFIG_LIMITS.maxAliasCount });
  } catch (error) {
    if (error instanceof ReferenceError) return failed(aliasDiagnostic(document, lineCounter, source));
    const message = `invalid YAML: ${cleanText(error instanceof Error ? error.message : String(error))}`;
    return failed(diagnostic({ level: "error", file: source, message, code: "config.yaml-syntax" }));
  }
  const warnings = document.warnings.map((warning) => {
    const { line, col } = lineCounter.linePos(warning.pos[0]);
    return diagnostic({ level: "warning", file: source, message: `YAML: ${cleanText(warning.message)}`, line, column: col, code: "config.yaml-warning" });
  });
  return { ok: true, value: value ?? {}, document, lineCounter, warnings };
}

function aliasDiagnostic(document: Document, lineCounter: LineCounter, source: string): Diagnostic {
  let offset: number | undefined;
  visit(document, {
    Alias(_, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  const position = offset === undefined ? undefined : lineCounter.linePos(offset);
  return diagnostic({
    level: "error",
    file: source,
    message: `YAML aliases expand past ${CONFIG_LIMITS.maxAliasCount} nodes; write the values out instead of nesting aliases`,
    line: position?.line,
    column: position?.col,
    code: "config.yaml-aliases",
  });
}

// The parser's own words, except where they name its API or leave out what is wrong.
function syntaxMessage(code: string, message: string, following: string): string {
  const key = /^["']?([^"':\r\n]+)/.exec(following)?.[1]?.trim();
  if (code === "DUPLICATE_KEY" && key) return `key \`${inlineText(key)}\` appears twice in the same mapping`;
  if (code === "MULTIPLE_DOCS") return "the file holds several documents (`---`); keep one";
  return cleanText(message);
}

function failed(d: Diagnostic): { ok: false; diagnostics: Diagnostic[] } {
  return { ok: false, diagnostics: [d] };
}

// Counts UTF-8 bytes without encoding the text.
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
