import type { IngestResult } from "../../model/index.js";
import { decodePlanText } from "./decode-plan-text.js";
import { createPlanDiagnostics } from "./plan-diagnostics.js";
import type { PlanDiagnostics } from "./plan-diagnostics.js";
import { guardPlanReading, unreadPlanResult } from "./guard-plan-reading.js";
import { readPlanSections, selectPlanSections } from "./read-plan.js";
import type { PlanSections } from "./read-plan.js";

/**
 * `parseTerraformPlan` reads the text of `terraform show -json` / `tofu show -json` for the root module
 * `name` (e.g. `envs/prod`), which becomes the `root` of every change and the `file` of every diagnostic.
 * It never throws: text that is not JSON, not a plan, or only partly readable gives diagnostics, and the
 * root is marked `complete: false` whenever any part could not be read, so it is never mistaken for empty.
 * Sensitive values and plan `variables` never appear in reasons, messages or diagnostics.
 */
export function parseTerraformPlan(params: { name: string; text: string }): IngestResult {
  const { name, text } = params;
  return guardPlanReading(name, () => {
    const diagnostics = createPlanDiagnostics(name);
    const sections = decodePlanSections(typeof text === "string" ? text : "", diagnostics);
    if (sections === undefined) return unreadPlanResult(name, diagnostics);
    return readPlanSections(name, sections, diagnostics);
  });
}

/**
 * Parses the text and selects the sections the plan is read from. The parsed value lives only in this
 * function's frame: once it returns, `planned_values`, `prior_state` and `variables` are garbage, so the
 * collections that reading the changes triggers do not copy them.
 */
function decodePlanSections(text: string, diagnostics: PlanDiagnostics): PlanSections | undefined {
  const decoded = decodePlanText(text, diagnostics);
  return decoded === undefined ? undefined : selectPlanSections(decoded.value, diagnostics);
}
