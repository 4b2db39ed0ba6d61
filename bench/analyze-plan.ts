import { DEFAULT_LABEL_NAMES } from "../src/analysis/plan-labels.js";
import { evaluateChangeSet } from "../src/analysis/evaluate-change-set.js";
import { parseTerraformPlan } from "../src/ingest/terraform-plan/index.js";
import type { Verdict } from "../src/model/verdict.js";

/** `analyzePlanText` is what `airlock analyze --plan` does between reading the file and rendering: ingest and evaluate. */
export function analyzePlanText(text: string): Verdict {
  const ingest = parseTerraformPlan({ name: "bench", text });
  return evaluateChangeSet({
    ingest,
    environments: [{ name: "production", tier: "production" }],
    approvalsByTier: { none: 0, low: 1, medium: 1, high: 2, critical: 2 },
    labelNames: DEFAULT_LABEL_NAMES,
  });
}
