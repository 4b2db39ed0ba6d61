import { emptyGraph } from "../../model/dependency-graph.js";
import type { IngestResult, RootInfo } from "../../model/ingest-result.js";
import { diffTemplateLevel } from "./diff-template-level.js";
import { isJsonObject } from "./json-value.js";
import type { ResourceBudget } from "./read-template.js";
import type { StackContext } from "./stack-context.js";
import { createStackDiagnostics } from "./stack-diagnostics.js";
import type { ConstructPathsByTemplate, TemplatePair } from "./template-pair.js";

/**
 * `diffStack` diffs one stack (its template and nested templates) into an IngestResult with one root:
 * kind `cloudformation`, tool `aws-cdk` when a template carries CDK metadata, and `complete: false` when
 * any error was reported. It never throws: an unexpected failure becomes a `cfn.internal` error, and the
 * changes found before it are kept.
 */
export function diffStack(pair: TemplatePair, root: string, shared: { budget: ResourceBudget; constructPaths: ConstructPathsByTemplate | undefined }): IngestResult {
  const file = typeof pair?.path === "string" ? pair.path : "template";
  const diagnostics = createStackDiagnostics();
  const ctx: StackContext = { root, diagnostics, budget: shared.budget, graph: emptyGraph(), changes: [], configChanges: [], constructPaths: shared.constructPaths, cdk: false };
  try {
    if (isJsonObject(pair)) diffTemplateLevel({ ...pair, path: file }, ctx, { prefix: "", depth: 0 });
    else diagnostics.report({ level: "error", code: "cfn.invalid-input", file, message: "the stack's input is not a base/head template pair: it is not analysed" });
  } catch (error) {
    const name = error instanceof Error ? error.name : "error";
    diagnostics.report({ level: "error", code: "cfn.internal", file, message: `the stack could not be analysed completely (${name}): what it changes is unknown` });
  }
  const info: RootInfo = { name: root, kind: "cloudformation", tool: ctx.cdk ? "aws-cdk" : "cloudformation", complete: !diagnostics.incomplete };
  if (typeof pair?.environment === "string" && pair.environment !== "") info.environment = pair.environment;
  return { changes: ctx.changes, configChanges: ctx.configChanges, graph: ctx.graph, diagnostics: diagnostics.list, roots: [info] };
}
