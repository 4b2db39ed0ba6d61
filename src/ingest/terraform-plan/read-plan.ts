import type { IngestResult, ResourceChange, RootInfo } from "../../model/index.js";
import { buildPlanGraph } from "./build-plan-graph.js";
import type { PlanGraph } from "./build-plan-graph.js";
import { detectTool, readToolHints } from "./detect-tool.js";
import type { ToolHints } from "./detect-tool.js";
import type { PlanDiagnostics } from "./plan-diagnostics.js";
import { unreadPlanResult } from "./guard-plan-reading.js";
import { readOutputChanges } from "./read-output-changes.js";
import { readResourceChanges } from "./read-resource-changes.js";
import { validatePlan } from "./validate-plan.js";

/**
 * The parts of a validated plan that its IngestResult is read from, and nothing else: `planned_values`,
 * `prior_state` and `variables` are left behind, so they can be garbage collected while the changes are
 * read. `configuration` is handed over once, to the dependency graph (see `readPlanSections`).
 */
export interface PlanSections {
  resourceChanges: unknown;
  resourceDrift: unknown;
  outputChanges: unknown;
  configuration: unknown;
  tool: ToolHints;
}

/**
 * `readPlan` reads a parsed `terraform show -json` value into an IngestResult for the root `name`
 * (`selectPlanSections`, then `readPlanSections`). Never reads `variables`: they hold sensitive values in plain text.
 */
export function readPlan(name: string, value: unknown, diagnostics: PlanDiagnostics): IngestResult {
  const sections = selectPlanSections(value, diagnostics);
  if (sections === undefined) return unreadPlanResult(name, diagnostics);
  return readPlanSections(name, sections, diagnostics);
}

/**
 * `selectPlanSections` validates a parsed plan and picks the sections it is read from, or returns undefined
 * (with an error) when it is no plan at all. A caller that drops the parsed value after this call lets
 * everything else in it be collected.
 */
export function selectPlanSections(value: unknown, diagnostics: PlanDiagnostics): PlanSections | undefined {
  const plan = validatePlan(value, diagnostics);
  if (plan === undefined) return undefined;
  return {
    resourceChanges: plan.resource_changes,
    resourceDrift: plan.resource_drift,
    outputChanges: plan.output_changes,
    configuration: plan.configuration,
    tool: readToolHints(plan),
  };
}

/**
 * `readPlanSections` reads selected plan sections into an IngestResult for the root `name`: build the
 * dependency graph from `configuration` (first, so changes share its node ids), read planned changes then
 * drift, read root output changes, and describe the root. One pass over each list; values are kept by reference.
 */
export function readPlanSections(name: string, sections: PlanSections, diagnostics: PlanDiagnostics): IngestResult {
  if (sections.configuration === undefined && hasEntries(sections.resourceChanges)) {
    diagnostics.report("warning", "plan.no-configuration", "configuration",
      "the plan has no configuration, so the dependents of its changes cannot be found");
  }
  const { graph, nodeOf } = graphOfConfiguration(name, sections, diagnostics);
  const signals = { openTofu: false, rebuiltAddresses: 0 };
  const changes: ResourceChange[] = [];
  const ctx = { root: name, nodeOf, diagnostics, signals };
  readResourceChanges({ list: sections.resourceChanges, ctx: { ...ctx, list: "resource_changes" }, out: changes });
  readResourceChanges({ list: sections.resourceDrift, ctx: { ...ctx, list: "resource_drift" }, out: changes });
  const configChanges = readOutputChanges({ outputs: sections.outputChanges, root: name, diagnostics });

  return { changes, configChanges, graph, diagnostics: diagnostics.list, roots: [rootInfo(name, sections.tool, signals.openTofu, !diagnostics.incomplete)] };
}

/**
 * Builds the graph and takes `configuration` out of `sections`: nothing reads it afterwards, and in a freshly
 * parsed plan it is the youngest large tree, which every young-generation collection would otherwise copy.
 * A function of its own, so no frame still holding the configuration stays on the stack.
 */
function graphOfConfiguration(name: string, sections: PlanSections, diagnostics: PlanDiagnostics): PlanGraph {
  const configuration = sections.configuration;
  sections.configuration = undefined;
  return buildPlanGraph({ root: name, configuration, diagnostics });
}

function hasEntries(list: unknown): boolean {
  return Array.isArray(list) && list.length > 0;
}

function rootInfo(name: string, hints: ToolHints, openTofu: boolean, complete: boolean): RootInfo {
  const { tool, version } = detectTool(hints, openTofu);
  const root: RootInfo = { name, kind: "plan", complete };
  if (tool !== undefined) root.tool = tool;
  if (version !== undefined) root.version = version;
  return root;
}
