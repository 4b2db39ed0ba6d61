import fc from "fast-check";
import { describe, it } from "vitest";
import { parseTerraformPlan } from "../../src/ingest/terraform-plan/index.js";
import { isDestroying, type IngestResult } from "../../src/model/index.js";
import { checkProperty, testTimeoutMs, type FuzzTarget } from "./support/fuzz-options.js";
import { leaksSecret } from "./support/hostile-text.js";
import { failUnless, hasErrorDiagnostic, ingestProblems, withoutRawValues } from "./support/ingest-checks.js";
import { maybeMutated } from "./support/mutate-text.js";
import { generatedPlan, JSON_TOKENS, PLAN_SECRET } from "./support/plan-arbitraries.js";

/** Under 1 ms a case; the budget is a hang guard. */
const TARGET: FuzzTarget = { caseBudgetMs: 10 };
const ROOT = "envs/prod";
const UNREADABLE_CODES = new Set(["plan.empty", "plan.truncated", "plan.not-json", "plan.unreadable"]);

const planText = maybeMutated(
  fc.tuple(generatedPlan, fc.boolean()).map(([plan, pretty]) => JSON.stringify(plan, null, pretty ? 2 : undefined)),
  JSON_TOKENS,
);

describe("parseTerraformPlan on generated and damaged plans", () => {
  it(
    "never throws, never calls an unreadable plan complete, accounts for every entry and never leaks a sensitive value",
    async () => {
      await checkProperty(
        fc.property(planText, ({ text, original, mutated }) => {
          const result = parseTerraformPlan({ name: ROOT, text });
          failUnless(ingestProblems(result, "plan"), "malformed result");
          failUnless(rootProblems(result));
          if (!parses(text)) failUnless(unreadableProblems(result, PLAN_SECRET), "unparseable text");
          if (!mutated) {
            failUnless(entryProblems(result, JSON.parse(original) as Record<string, unknown>), "entries");
            if (leaksSecret(JSON.stringify(withoutRawValues(result)), PLAN_SECRET)) throw new Error("a sensitive value appears in what Airlock wrote");
          }
        }),
        TARGET,
      );
    },
    testTimeoutMs(TARGET),
  );
});

function rootProblems(result: IngestResult): string[] {
  const [root, ...others] = result.roots;
  if (root === undefined || others.length > 0) return [`expected one root, got ${result.roots.length}`];
  if (root.name !== ROOT || root.kind !== "plan") return [`root ${root.name} (${root.kind})`];
  if (root.complete === hasErrorDiagnostic(result.diagnostics)) return [`root complete is ${root.complete} with ${result.diagnostics.filter((d) => d.level === "error").length} errors`];
  return [];
}

function unreadableProblems(result: IngestResult, secret: string): string[] {
  const problems: string[] = [];
  if (result.changes.length > 0 || result.roots[0]?.complete !== false) problems.push("unparseable plan read as having changes or complete");
  if (!result.diagnostics.some((d) => d.level === "error" && UNREADABLE_CODES.has(d.code ?? ""))) problems.push("no diagnostic says the plan is unreadable");
  if (leaksSecret(JSON.stringify(result.diagnostics), secret)) problems.push("a diagnostic quotes part of the plan text");
  return problems;
}

function parses(text: string): boolean {
  try {
    JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Every entry of `resource_changes` and `resource_drift` is either one change (in order, with its address) or
 * skipped with an error at its path: nothing is dropped silently. Actions with `delete` always destroy.
 */
function entryProblems(result: IngestResult, plan: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const changes = [...result.changes];
  for (const list of ["resource_changes", "resource_drift"] as const) {
    const entries = plan[list];
    if (!Array.isArray(entries)) continue;
    entries.forEach((entry: unknown, i) => {
      const at = `${list}[${i}]`;
      const skipped = result.diagnostics.some((d) => d.level === "error" && d.path !== undefined && (d.path === at || d.path.startsWith(`${at}.`)));
      if (skipped) return;
      const change = changes.shift();
      if (change === undefined) return void problems.push(`${at} was neither read nor reported`);
      const e = entry as { address?: unknown; change?: { actions?: unknown } };
      if (typeof e.address === "string" && e.address !== "" && change.address !== e.address) problems.push(`${at} read as ${change.address}`);
      const actions = e.change?.actions;
      const deletes = Array.isArray(actions) && actions.includes("delete");
      if (deletes !== isDestroying(change)) problems.push(`${at} actions ${JSON.stringify(actions)} read as ${change.action}`);
    });
  }
  if (changes.length > 0) problems.push(`${changes.length} changes match no entry`);
  return problems;
}
