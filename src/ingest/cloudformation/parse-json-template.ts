import { jsonErrorOffset, lineColumnAt } from "../json/json-position.js";
import { locateJsonError } from "../json/locate-json-error.js";
import { jsonResourceLines } from "./json-resource-lines.js";
import type { ParsedText } from "./parse-yaml-template.js";

/**
 * `parseJsonTemplate` parses a JSON template and finds the line of each logical ID. A syntax error gives
 * its line and column (`cfn.not-json`), or `cfn.truncated` when the text ends inside a value, as a cut-off
 * download does. The parser's own message is never repeated: V8 quotes the input in it.
 */
export function parseJsonTemplate(text: string): ParsedText {
  try {
    const template: unknown = JSON.parse(text);
    return { ok: true, template, resourceLines: jsonResourceLines(text) };
  } catch (error) {
    if (!(error instanceof SyntaxError)) return { ok: false, code: "cfn.unreadable", message: "the template could not be parsed as JSON (it may be too deeply nested)" };
    const located = locateJsonError(text);
    const offset = jsonErrorOffset(error.message) ?? located?.offset;
    const where = offset === undefined ? {} : lineColumnAt(text, offset);
    if (located?.truncated === true) return { ok: false, code: "cfn.truncated", message: "the template JSON ends early: the file looks cut off", ...where };
    return { ok: false, code: "cfn.not-json", message: "the template is not valid JSON: syntax error", ...where };
  }
}
