import { diagnostic, type Diagnostic } from "../../model/diagnostic.js";
import { CFN_LIMITS } from "./cfn-limits.js";
import { parseJsonTemplate } from "./parse-json-template.js";
import { parseYamlTemplate, type ParsedText } from "./parse-yaml-template.js";

const YAML_FILE = /\.ya?ml$/i;
const JSON_FILE = /\.json$/i;

/**
 * `parseTemplateText` parses the text of a CloudFormation template: JSON for `.json` files, YAML for `.yaml`
 * and `.yml` (CloudFormation's short-form tags such as `!Ref`, `!GetAtt` and `!Sub` become their long form,
 * `{Ref: ...}`, `{"Fn::GetAtt": [...]}`), and otherwise JSON when the text starts with `{`, else YAML.
 * It returns the template and the 1-based line of each logical ID key (for `TemplatePair.baseLines` /
 * `headLines`), or a Diagnostic (`cfn.*`, with line and column for syntax errors). Never throws; whether the
 * value is a template is checked when it is diffed. Texts over `CFN_LIMITS.maxTextLength` are refused.
 */
export function parseTemplateText(params: {
  path: string;
  text: string;
}): { template: unknown; resourceLines: Record<string, number> } | { diagnostic: Diagnostic } {
  const { path, text } = params;
  const fail = (code: string, message: string, at: { line?: number; column?: number } = {}) => ({
    diagnostic: diagnostic({ level: "error", file: path, code, message, line: at.line, column: at.column }),
  });
  if (typeof text !== "string") return fail("cfn.unreadable", "the template is not text");
  if (text.length > CFN_LIMITS.maxTextLength) return fail("cfn.too-large", `the template is larger than ${CFN_LIMITS.maxTextLength} characters: it is not read`);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") return fail("cfn.empty", "the template is empty");
  const parsed: ParsedText = isJson(path, body) ? parseJsonTemplate(body) : parseYamlTemplate(body);
  if (!parsed.ok) return fail(parsed.code, parsed.message, parsed);
  return { template: parsed.template, resourceLines: parsed.resourceLines };
}

function isJson(path: string, body: string): boolean {
  if (JSON_FILE.test(path)) return true;
  if (YAML_FILE.test(path)) return false;
  return body.trimStart().startsWith("{");
}
