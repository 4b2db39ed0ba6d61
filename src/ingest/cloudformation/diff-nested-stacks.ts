import { ResourceImpact } from "@aws-cdk/cloudformation-diff";
import { nodeId } from "../../model/dependency-graph.js";
import { CFN_LIMITS } from "./cfn-limits.js";
import type { CheckedTemplate } from "./checked-template.js";
import { jsonPath } from "./json-path.js";
import { isJsonObject, lookup } from "./json-value.js";
import type { ResourceOutcome } from "./resource-outcome.js";
import type { StackContext, TemplatePosition } from "./stack-context.js";
import type { NestedTemplatePair } from "./template-pair.js";

const NESTED_STACK = "AWS::CloudFormation::Stack";
const LOGICAL_ID = /^[A-Za-z0-9]{1,255}$/;

/**
 * `diffNestedStacks` diffs the nested templates of one template through `recurse`: each under the address
 * prefix `<Prefix><LogicalId>/` of its `AWS::CloudFormation::Stack` resource, in the same stack (root), its
 * resources depending on that Stack resource. A nested stack resource that changes while its template is not
 * given is unknown: an error, since anything inside it may change. A nested stack that is orphaned (removed
 * with DeletionPolicy Retain) keeps its resources, so its template is not diffed. Nesting stops at
 * `CFN_LIMITS.maxNestedLevels`.
 */
export function diffNestedStacks(params: {
  pair: NestedTemplatePair;
  base: CheckedTemplate;
  head: CheckedTemplate;
  outcomes: ReadonlyMap<string, ResourceOutcome>;
  ctx: StackContext;
  at: TemplatePosition;
  recurse: (pair: NestedTemplatePair, ctx: StackContext, at: TemplatePosition) => void;
}): void {
  const { pair, base, head, outcomes, ctx, at, recurse } = params;
  const report = ctx.diagnostics.report;
  for (const [id, outcome] of outcomes) {
    const isStack = (head.resources.get(id) ?? base.resources.get(id))?.type === NESTED_STACK;
    if (!isStack || lookup(pair.nested, id) !== undefined || !changes(outcome)) continue;
    report({ level: "error", code: "cfn.nested-template-missing", file: pair.path, path: jsonPath(["Resources", id]), message: `nested stack ${at.prefix}${id} changes but its template was not provided: what changes inside it is unknown` });
  }
  for (const id of isJsonObject(pair.nested) ? Object.keys(pair.nested) : []) {
    const nested: unknown = lookup(pair.nested, id);
    const path = jsonPath(["Resources", id]);
    if (!isJsonObject(nested)) {
      report({ level: "error", code: "cfn.invalid-input", file: pair.path, path, message: `the nested template given for ${at.prefix}${id} is not a base/head template pair: it is not analysed` });
      continue;
    }
    if (!LOGICAL_ID.test(id)) {
      report({ level: "error", code: "cfn.invalid-logical-id", file: pair.path, message: `a nested template is given for ${JSON.stringify(id.slice(0, 80))}, which is not a logical ID: it is not analysed` });
      continue;
    }
    if (at.depth + 1 > CFN_LIMITS.maxNestedLevels) {
      report({ level: "error", code: "cfn.nested-too-deep", file: pair.path, path, message: `nested stack ${at.prefix}${id} is more than ${CFN_LIMITS.maxNestedLevels} levels deep: it is not analysed` });
      continue;
    }
    // A nested stack its DeletionPolicy retains lives on, unmanaged, with everything in it: nothing inside changes.
    if (outcomes.get(id)?.impact === ResourceImpact.WILL_ORPHAN) continue;
    if ((head.resources.get(id) ?? base.resources.get(id))?.type !== NESTED_STACK) {
      report({ level: "warning", code: "cfn.nested-without-stack", file: pair.path, path, message: `a nested template is given for ${at.prefix}${id}, but this template declares no AWS::CloudFormation::Stack ${id}` });
    }
    const file = typeof nested.path === "string" ? nested.path : `${pair.path} (nested ${id})`;
    recurse({ ...(nested as unknown as NestedTemplatePair), path: file }, ctx, { prefix: `${at.prefix}${id}/`, depth: at.depth + 1, parentNode: nodeId(ctx.root, `${at.prefix}${id}`) });
  }
}

function changes(outcome: ResourceOutcome): boolean {
  return outcome.impact !== ResourceImpact.NO_CHANGE || outcome.unspecified.length > 0;
}
