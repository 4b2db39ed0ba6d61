import type { IngestResult } from "../../model/index.js";
import { decodePlanText } from "./decode-plan-text.js";
import { createPlanDiagnostics } from "./plan-diagnostics.js";
import { guardPlanReading, unreadPlanResult } from "./guard-plan-reading.js";
import { readPlan } from "./read-plan.js";

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
    const decoded = decodePlanText(typeof text === "string" ? text : "", diagnostics);
    if (decoded === undefined) return unreadPlanResult(name, diagnostics);
    return readPlan(name, decoded.value, diagnostics);
  });
}
