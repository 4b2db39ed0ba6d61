import type { IngestResult } from "../../model/ingest-result.js";
import { mergeIngestResults } from "../merge-ingest-results.js";
import { CFN_LIMITS } from "./cfn-limits.js";
import { diffStack } from "./diff-stack.js";
import { rootNamesOf } from "./root-names.js";
import type { ConstructPathsByTemplate, TemplatePair } from "./template-pair.js";

/**
 * `diffCloudFormation` diffs CloudFormation templates (synthesized by the AWS CDK or written by hand), base
 * against head, into ResourceChanges with `source: "cloudformation"`, one root per stack. The impacts are
 * `@aws-cdk/cloudformation-diff`'s (`cdk diff`): create, update, replace (`possible` when it only may),
 * delete, forget (a resource its DeletionPolicy retains is orphaned, not deleted), import. On top of it:
 * replacements propagated to dependents (`because X is replaced`), logical ID renames explained on the delete
 * and the create, UpdateReplacePolicy on replacements, IAM and security group widening as reasons, nested
 * stacks under `<NestedStackLogicalId>/<LogicalId>`, the dependency graph of `Ref`, `Fn::GetAtt`, `Fn::Sub`
 * and `DependsOn`, removed or renamed exports (`output`) and parameter changes (`variable`).
 *
 * Never throws on any input. A value that is not a template, or exceeds `CFN_LIMITS`, gives an error
 * diagnostic with its JSON path (`Resources.Db.Type`) and a root with `complete: false`. Pure: no I/O.
 */
export function diffCloudFormation(params: { templates: readonly TemplatePair[]; constructPaths?: ConstructPathsByTemplate }): IngestResult {
  const templates = Array.isArray(params.templates) ? params.templates : [];
  const roots = rootNamesOf(templates);
  const budget = { remaining: CFN_LIMITS.maxResourcesPerCall };
  return mergeIngestResults(templates.map((pair, i) => diffStack(pair, roots[i] ?? String(i), { budget, constructPaths: params.constructPaths })));
}
