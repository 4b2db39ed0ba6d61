import { isJsonObject, ownValue } from "./json-value.js";
import type { CfnFinding } from "./stack-diagnostics.js";

/**
 * `checkTransforms` reports the template's `Transform`s: CloudFormation expands them at deploy time, so the
 * diff only shows the template as written. AWS-owned transforms (`AWS::Serverless-2016-10-31`,
 * `AWS::LanguageExtensions`, `AWS::Include`) expand predictably: a warning. Any other macro is arbitrary code
 * that can rewrite the whole template: an error, so the stack is unknown.
 */
export function checkTransforms(params: { value: unknown; file: string; label: string; report: (finding: CfnFinding) => void }): void {
  const { value, file, label, report } = params;
  if (value === undefined) return;
  const entries = Array.isArray(value) ? value : [value];
  for (const entry of entries.slice(0, 20)) {
    const name = typeof entry === "string" ? entry : isJsonObject(entry) ? ownValue(entry, "Name") : undefined;
    if (typeof name === "string" && name.startsWith("AWS::")) {
      report({ level: "warning", code: "cfn.transform", file, path: "Transform", message: `the ${label} uses the ${name} transform: CloudFormation expands it at deploy time, so the changes shown are those of the unexpanded template` });
    } else {
      const shown = typeof name === "string" ? name.slice(0, 100) : "an unnamed";
      report({ level: "error", code: "cfn.transform-macro", file, path: "Transform", message: `the ${label} uses the ${shown} macro: it can rewrite the template at deploy time, so what this stack will do is unknown` });
    }
  }
}
