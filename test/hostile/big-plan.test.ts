import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/analysis/evaluate.js";
import { DEFAULT_CONFIG } from "../../src/config/index.js";
import { parseTerraformPlan } from "../../src/ingest/terraform-plan/index.js";
import { renderCheckRun } from "../../src/report/render-check-run.js";
import { renderComment } from "../../src/report/render-comment.js";
import { aSnapshot } from "../helpers/snapshot.js";

/** At least 200 MiB of plan text. */
const PLAN_CHARS = 200 * 1024 * 1024;
const COPILOT = { login: "Copilot", id: 198982749, type: "Bot" as const };

/**
 * A plan of `PLAN_CHARS` characters or more: one `resource_changes` entry per bucket, each a little different,
 * joined once (building it by concatenation would copy it over and over). Every tenth bucket is deleted.
 */
function hugePlan(): { text: string; entries: number; deletes: number } {
  const parts = ['{"format_version":"1.2","terraform_version":"1.9.0","resource_changes":['];
  let size = 0;
  let entries = 0;
  while (size < PLAN_CHARS) {
    const actions = entries % 10 === 0 ? '["delete"]' : '["update"]';
    const entry = `${entries === 0 ? "" : ","}{"address":"module.app.aws_s3_bucket.b${entries}","module_address":"module.app","mode":"managed","type":"aws_s3_bucket","name":"b${entries}","provider_name":"registry.terraform.io/hashicorp/aws","change":{"actions":${actions},"before":{"bucket":"logs-${entries}","tags":{"env":"prod"},"versioning":[{"enabled":true}]},"after":{"bucket":"logs-${entries}","tags":{"env":"prod","team":"data"},"versioning":[{"enabled":true}]},"after_unknown":{},"before_sensitive":{},"after_sensitive":{}}}`;
    parts.push(entry);
    size += entry.length;
    entries += 1;
  }
  parts.push('],"configuration":{"root_module":{}}}');
  return { text: parts.join(""), entries, deletes: Math.ceil(entries / 10) };
}

describe("a 200 MB plan", () => {
  const plan = hugePlan();

  it("is built as one text of at least 200 MiB", () => {
    expect(plan.text.length).toBeGreaterThanOrEqual(PLAN_CHARS);
  });

  it("is read completely: every entry becomes a change, nothing is reported missing", () => {
    const result = parseTerraformPlan({ name: "envs/prod", text: plan.text });
    expect(result.roots).toEqual([expect.objectContaining({ name: "envs/prod", complete: true })]);
    expect(result.diagnostics.filter((d) => d.level === "error")).toEqual([]);
    expect(result.changes).toHaveLength(plan.entries);
    expect(result.changes.filter((c) => c.action === "delete")).toHaveLength(plan.deletes);
  }, 600_000);

  it("is evaluated and rendered within GitHub's limits", async () => {
    const snapshot = aSnapshot({
      pullRequest: { author: COPILOT },
      files: [{ path: "envs/prod/main.tf", status: "modified", base: "", head: "" }],
      plans: [{ name: "envs/prod", plan: JSON.parse(plan.text) as unknown }],
    });
    const verdict = await evaluate({ snapshot, config: DEFAULT_CONFIG });
    expect(verdict.changes).toHaveLength(plan.entries);
    expect(verdict.gate.conclusion).toBe("action_required");
    expect(verdict.destructiveness.tier).not.toBe("none");
    const check = renderCheckRun(verdict);
    expect(check.summary.length).toBeLessThan(65_536);
    expect(renderComment(verdict).length).toBeLessThan(65_536);
  }, 600_000);
});
