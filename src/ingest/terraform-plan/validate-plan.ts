import type { PlanDiagnostics } from "./plan-diagnostics.js";
import { isObject } from "./plan-json.js";
import type { JsonObject } from "./plan-json.js";
import { checkFormatVersion } from "./check-format-version.js";

/** Keys only a plan has: `terraform show -json` of a state has `values`, a plan has these. */
const PLAN_KEYS = ["planned_values", "resource_changes", "resource_drift", "output_changes"] as const;

/**
 * `validatePlan` checks that a parsed value is a `terraform show -json` (or `tofu show -json`) plan, and
 * returns it when it is worth reading, or undefined (with an error) when it is no plan at all.
 *
 * Plan-level problems are errors, so the root counts as incomplete and the gate treats it as unknown:
 * - `errored: true`: planning failed and the plan is partial.
 * - `complete: false` or non-empty `deferred_changes`: applying it is followed by more plan rounds whose
 *   changes nobody has reviewed here. A warning would let such a plan through as if it were whole.
 * - `format_version` with a major version other than 0 or 1 (see `checkFormatVersion`).
 * The changes of such a plan are still read, so reviewers see what is known.
 */
export function validatePlan(value: unknown, diagnostics: PlanDiagnostics): JsonObject | undefined {
  if (!isObject(value)) {
    diagnostics.report("error", "plan.not-object", "",
      `the plan is a JSON ${jsonKind(value)}, not an object; expected the output of terraform show -json <planfile>`);
    return undefined;
  }
  if (!PLAN_KEYS.some((key) => key in value)) {
    reportNotAPlan(value, diagnostics);
    return undefined;
  }
  checkFormatVersion(value.format_version, diagnostics);
  if (value.errored === true) {
    diagnostics.report("error", "plan.errored", "errored",
      "planning failed (errored: true), so the plan is partial: what it leaves out is unknown");
  }
  checkDeferred(value, diagnostics);
  return value;
}

function reportNotAPlan(value: JsonObject, diagnostics: PlanDiagnostics): void {
  if ("values" in value) {
    diagnostics.report("error", "plan.state-not-plan", "values",
      "this is a state, not a plan (it has values but no planned_values or resource_changes): run terraform show -json on a saved plan file");
    return;
  }
  diagnostics.report("error", "plan.not-a-plan", "",
    "this JSON is not a Terraform plan: it has none of planned_values, resource_changes, resource_drift or output_changes");
}

function checkDeferred(plan: JsonObject, diagnostics: PlanDiagnostics): void {
  const deferred = plan.deferred_changes;
  if (Array.isArray(deferred) && deferred.length > 0) {
    diagnostics.report("error", "plan.deferred", "deferred_changes",
      `${deferred.length} change(s) are deferred to a later plan (${deferredAddresses(deferred)}); what they will do is unknown`);
  } else if (deferred !== undefined && deferred !== null && !Array.isArray(deferred)) {
    diagnostics.report("error", "plan.malformed", "deferred_changes", "deferred_changes is not a list, so the deferred changes are unknown");
  } else if (plan.complete === false) {
    diagnostics.report("error", "plan.incomplete", "complete",
      "the plan is not complete (complete: false): more changes will be planned after it is applied");
  }
}

function deferredAddresses(deferred: unknown[]): string {
  const shown: string[] = [];
  for (const entry of deferred.slice(0, 5)) {
    const change = isObject(entry) ? entry.resource_change : undefined;
    const address = isObject(change) ? change.address : undefined;
    const reason = isObject(entry) && typeof entry.reason === "string" ? ` ${entry.reason}` : "";
    shown.push(typeof address === "string" ? `${address}${reason}` : "?");
  }
  return deferred.length > 5 ? `${shown.join(", ")}, …` : shown.join(", ");
}

function jsonKind(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}
