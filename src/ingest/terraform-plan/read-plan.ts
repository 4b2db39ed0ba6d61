import type { IngestResult, ResourceChange, RootInfo } from "../../model/index.js";
import { buildPlanGraph } from "./build-plan-graph.js";
import { detectTool } from "./detect-tool.js";
import type { PlanDiagnostics } from "./plan-diagnostics.js";
import type { JsonObject } from "./plan-json.js";
import { unreadPlanResult } from "./guard-plan-reading.js";
import { readOutputChanges } from "./read-output-changes.js";
import { readResourceChanges } from "./read-resource-changes.js";
import { validatePlan } from "./validate-plan.js";

/**
 * `readPlan` reads a parsed `terraform show -json` value into an IngestResult for the root `name`:
 * validate the plan, build the dependency graph from `configuration` (first, so changes share its node
 * ids), read planned changes then drift, read root output changes, and describe the root. One pass over
 * each list; values are kept by reference. Never reads `variables`: they hold sensitive values in plain text.
 */
export function readPlan(name: string, value: unknown, diagnostics: PlanDiagnostics): IngestResult {
  const plan = validatePlan(value, diagnostics);
  if (plan === undefined) return unreadPlanResult(name, diagnostics);

  if (plan.configuration === undefined && hasEntries(plan.resource_changes)) {
    diagnostics.report("warning", "plan.no-configuration", "configuration",
      "the plan has no configuration, so the dependents of its changes cannot be found");
  }
  const { graph, nodeOf } = buildPlanGraph({ root: name, configuration: plan.configuration, diagnostics });
  const signals = { openTofu: false, rebuiltAddresses: 0 };
  const changes: ResourceChange[] = [];
  const ctx = { root: name, nodeOf, diagnostics, signals };
  readResourceChanges({ list: plan.resource_changes, ctx: { ...ctx, list: "resource_changes" }, out: changes });
  readResourceChanges({ list: plan.resource_drift, ctx: { ...ctx, list: "resource_drift" }, out: changes });
  const configChanges = readOutputChanges({ outputs: plan.output_changes, root: name, diagnostics });

  return { changes, configChanges, graph, diagnostics: diagnostics.list, roots: [rootInfo(name, plan, signals.openTofu, !diagnostics.incomplete)] };
}

function hasEntries(list: unknown): boolean {
  return Array.isArray(list) && list.length > 0;
}

function rootInfo(name: string, plan: JsonObject, openTofu: boolean, complete: boolean): RootInfo {
  const { tool, version } = detectTool(plan, openTofu);
  const root: RootInfo = { name, kind: "plan", complete };
  if (tool !== undefined) root.tool = tool;
  if (version !== undefined) root.version = version;
  return root;
}
