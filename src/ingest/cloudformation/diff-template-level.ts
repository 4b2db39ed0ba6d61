import { ResourceImpact } from "@aws-cdk/cloudformation-diff";
import { buildResourceChange, type RenameNote, type TemplateLevel } from "./build-resource-change.js";
import { EMPTY_TEMPLATE, type CheckedTemplate, type TemplateResource } from "./checked-template.js";
import { detectRenames } from "./detect-renames.js";
import { diffExports } from "./diff-exports.js";
import { diffNestedStacks } from "./diff-nested-stacks.js";
import { diffParameters } from "./diff-parameters.js";
import { diffResource } from "./diff-resource.js";
import { jsonPath } from "./json-path.js";
import { isJsonObject, lookup, ownValue } from "./json-value.js";
import { propagateReplacements } from "./propagate-replacements.js";
import { readTemplate } from "./read-template.js";
import type { ResourceOutcome } from "./resource-outcome.js";
import { sameValue } from "./same-value.js";
import type { StackContext, TemplatePosition } from "./stack-context.js";
import type { NestedTemplatePair } from "./template-pair.js";
import { wireTemplateGraph } from "./wire-template-graph.js";

/** CDK's version-reporting resource: it has no infrastructure, so its churn on every CDK upgrade is not shown. */
const CDK_METADATA = "AWS::CDK::Metadata";

/**
 * `diffTemplateLevel` diffs one template of a stack and, through `diffNestedStacks`, its nested stacks:
 * 1. check both sides (`readTemplate`); a side that is not a usable template stops here (errors reported);
 * 2. wire the dependency graph; 3. diff each resource; 4. propagate replacements to dependents;
 * 5. pair removed and added resources that are renames; 6. build the changes; 7. exports and parameters.
 */
export function diffTemplateLevel(pair: NestedTemplatePair, ctx: StackContext, at: TemplatePosition): void {
  const sides = readSides(pair, ctx);
  if (sides === undefined) return;
  const { base, head } = sides;
  ctx.cdk ||= base.cdk || head.cdk;
  const level: TemplateLevel = { root: ctx.root, prefix: at.prefix, file: pair.path, baseLines: pair.baseLines, headLines: pair.headLines, constructPaths: lookup(ctx.constructPaths, pair.path) };
  const report = ctx.diagnostics.report;
  const dependents = wireTemplateGraph({ base, head, level, graph: ctx.graph, parentNode: at.parentNode, report });
  const outcomes = diffAll(base, head, (id, outcome) => {
    if (outcome.failure !== undefined) {
      report({ level: "error", code: "cfn.diff-failed", file: pair.path, path: jsonPath(["Resources", id]), message: `the diff of ${at.prefix}${id} failed (${outcome.failure}), usually because the resource is malformed: its impact is unknown` });
    }
  });
  if (!propagateReplacements({ outcomes, base, head, dependents })) {
    report({ level: "error", code: "cfn.propagation-stopped", file: pair.path, message: "replacements propagate through more references than Airlock follows: resources that depend on replaced ones may be replaced too without being shown" });
  }
  const renames = renameNotes(base, head, outcomes);
  for (const [id, outcome] of outcomes) {
    const before = base.resources.get(id);
    const after = head.resources.get(id);
    if ((after ?? before)?.type === CDK_METADATA) continue;
    const change = buildResourceChange({ id, level, base: before, head: after, outcome, rename: renames.get(id) });
    if (change !== undefined) ctx.changes.push(change);
  }
  ctx.configChanges.push(...diffExports({ base, head, level }), ...diffParameters({ base, head, level }));
  diffNestedStacks({ pair, base, head, outcomes, ctx, at, recurse: diffTemplateLevel });
}

/** Reads both sides; a head that is unusable stops here, so one broken stack gives one error, not two. */
function readSides(pair: NestedTemplatePair, ctx: StackContext): { base: CheckedTemplate; head: CheckedTemplate } | undefined {
  const baseValue = pair.base ?? null;
  const headValue = pair.head ?? null;
  const read = (value: unknown, side: "base" | "head", reportTransforms: boolean) =>
    value === null ? EMPTY_TEMPLATE : readTemplate({ value, file: pair.path, side, reportTransforms, budget: ctx.budget, report: ctx.diagnostics.report });
  const head = read(headValue, "head", true);
  if (head === undefined) return undefined;
  // The base's transforms matter too (they shaped what is deployed), but are only worth repeating when they differ.
  const base = read(baseValue, "base", !sameValue(transformOf(baseValue), transformOf(headValue)));
  return base === undefined ? undefined : { base, head };
}

function transformOf(template: unknown): unknown {
  return isJsonObject(template) ? ownValue(template, "Transform") : undefined;
}

function diffAll(base: CheckedTemplate, head: CheckedTemplate, onEach: (id: string, outcome: ResourceOutcome) => void): Map<string, ResourceOutcome> {
  const outcomes = new Map<string, ResourceOutcome>();
  for (const id of new Set([...head.resources.keys(), ...base.resources.keys()])) {
    const outcome = diffResource(id, base.resources.get(id)?.value, head.resources.get(id)?.value);
    outcomes.set(id, outcome);
    onEach(id, outcome);
  }
  return outcomes;
}

function renameNotes(base: CheckedTemplate, head: CheckedTemplate, outcomes: ReadonlyMap<string, ResourceOutcome>): Map<string, RenameNote> {
  const removed: TemplateResource[] = [];
  const added: TemplateResource[] = [];
  for (const [id, outcome] of outcomes) {
    if (outcome.failure !== undefined) continue;
    const before = base.resources.get(id);
    const after = head.resources.get(id);
    if (after === undefined && before !== undefined && before.type !== CDK_METADATA) removed.push(before);
    if (before === undefined && after !== undefined && after.type !== CDK_METADATA) added.push(after);
  }
  const notes = new Map<string, RenameNote>();
  for (const { from, to } of detectRenames(removed, added)) {
    const orphaned = outcomes.get(from)?.impact === ResourceImpact.WILL_ORPHAN;
    notes.set(from, { from, to, side: "removed", orphaned });
    notes.set(to, { from, to, side: "added", orphaned });
  }
  return notes;
}
