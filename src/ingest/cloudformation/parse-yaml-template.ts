import { yamlNestingDepth } from "../../model/yaml-depth.js";
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from "yaml";
import { CFN_LIMITS } from "./cfn-limits.js";
import { recordOf } from "./json-value.js";
import { YamlValueError, yamlToValue } from "./yaml-to-value.js";

/** A parsed template with the line of each logical ID, or why the text is not one, with its position. */
export type ParsedText =
  | { ok: true; template: unknown; resourceLines: Record<string, number> }
  | { ok: false; code: string; message: string; line?: number; column?: number };

/**
 * `parseYamlTemplate` parses a YAML template, short-form tags (`!Ref`, `!GetAtt`, `!Sub` ...) expanded into
 * their long form, within `CFN_LIMITS`. Syntax errors name the YAML error code and its line and column,
 * never the parser's message, which quotes the text (a template can hold secrets).
 */
export function parseYamlTemplate(text: string): ParsedText {
  // The YAML parser recurses on nesting; refuse what no template needs before it gets the chance.
  const depth = yamlNestingDepth(text);
  if (depth.flow > CFN_LIMITS.maxDepth || depth.indent > CFN_LIMITS.maxDepth * 8) {
    return { ok: false, code: "cfn.too-deep", message: `the template nests deeper than ${CFN_LIMITS.maxDepth} levels` };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, version: "1.2" });
  const error = doc.errors[0];
  if (error !== undefined) {
    return { ok: false, code: "cfn.not-yaml", message: `the template is not valid YAML: syntax error (${error.code})`, ...position(lineCounter, error.pos[0]) };
  }
  try {
    const template = yamlToValue(doc, { maxDepth: CFN_LIMITS.maxDepth + 4, maxNodes: CFN_LIMITS.maxNodesPerTemplate });
    return { ok: true, template, resourceLines: resourceLines(doc, lineCounter) };
  } catch (caught) {
    if (!(caught instanceof YamlValueError)) return { ok: false, code: "cfn.unreadable", message: "the template could not be read as YAML" };
    const at = caught.offset === undefined ? {} : position(lineCounter, caught.offset);
    return { ok: false, code: caught.code, message: `the template cannot be read: ${caught.message}`, ...at };
  }
}

function position(lineCounter: LineCounter, offset: number): { line: number; column: number } {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

function resourceLines(doc: Document, lineCounter: LineCounter): Record<string, number> {
  const lines = recordOf<number>([]);
  if (!isMap(doc.contents)) return lines;
  const section = doc.contents.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === "Resources");
  if (section === undefined || !isMap(section.value)) return lines;
  for (const item of section.value.items) {
    if (!isPair(item) || !isScalar(item.key) || item.key.range === undefined || item.key.range === null) continue;
    lines[String(item.key.value)] = lineCounter.linePos(item.key.range[0]).line;
  }
  return lines;
}
