import type { IngestResult } from "../../model/index.js";
import { parseTerraformPlan } from "./parse-terraform-plan.js";
import { createPlanDiagnostics } from "./plan-diagnostics.js";
import { guardPlanReading } from "./guard-plan-reading.js";
import { readPlan } from "./read-plan.js";

/**
 * `ingestTerraformPlan` is `parseTerraformPlan` for a plan already parsed from JSON (a plan embedded in a
 * PullRequestSnapshot). A string is taken as plan text and parsed. Same guarantees: never throws, and an
 * unreadable or partial plan gives diagnostics and a root with `complete: false`.
 */
export function ingestTerraformPlan(params: { name: string; plan: unknown }): IngestResult {
  const { name, plan } = params;
  if (typeof plan === "string") return parseTerraformPlan({ name, text: plan });
  return guardPlanReading(name, () => readPlan(name, plan, createPlanDiagnostics(name)));
}
