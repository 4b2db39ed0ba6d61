import { describe, expect, it } from "vitest";
import { planTrust, type PlanTrustParams } from "../../../src/analysis/plans/index.js";
import { HEAD_SHA } from "../../helpers/snapshot.js";

const WORKFLOW = ".github/workflows/airlock-plan.yml";
const OLD_SHA = "9f8e7d6c5b4a39281706f5e4d3c2b1a098765432";

function trust(overrides: Partial<PlanTrustParams> = {}) {
  return planTrust({ workflowPath: WORKFLOW, runPath: WORKFLOW, runHeadSha: HEAD_SHA, prHeadSha: HEAD_SHA, prChangedFiles: ["envs/prod/db.tf"], ...overrides });
}

describe("planTrust", () => {
  it.each<[string, Partial<PlanTrustParams>, { trusted: boolean; tamper: boolean }, RegExp]>([
    ["the configured workflow at the head SHA is trusted", {}, { trusted: true, tamper: false }, /planned by \.github\/workflows\/airlock-plan\.yml at the head commit a1b2c3d/],
    ["the head SHA compares case-insensitively", { runHeadSha: HEAD_SHA.toUpperCase() }, { trusted: true, tamper: false }, /head commit/],
    ["a plan from another workflow is untrusted", { runPath: ".github/workflows/agent-plan.yml" }, { trusted: false, tamper: false }, /comes from \.github\/workflows\/agent-plan\.yml, not from \.github\/workflows\/airlock-plan\.yml/],
    ["a workflow whose name differs only in case is another workflow", { runPath: ".github/workflows/Airlock-plan.yml" }, { trusted: false, tamper: false }, /not from/],
    ["an unknown workflow is untrusted", { runPath: undefined }, { trusted: false, tamper: false }, /workflow that produced the plan is unknown/],
    ["a plan for another SHA is untrusted", { runHeadSha: OLD_SHA }, { trusted: false, tamper: false }, /planned at 9f8e7d6, not at the head commit a1b2c3d/],
    ["a SHA prefix is not enough", { runHeadSha: HEAD_SHA.slice(0, 12) }, { trusted: false, tamper: false }, /not a full SHA/],
    ["an unknown SHA is untrusted", { runHeadSha: undefined }, { trusted: false, tamper: false }, /unknown/],
    ["a PR that edits the plan workflow is tamper", { prChangedFiles: ["envs/prod/db.tf", WORKFLOW] }, { trusted: false, tamper: true }, /the PR changes \.github\/workflows\/airlock-plan\.yml, the workflow that produces plans/],
    ["tamper wins even when the run looks right", { prChangedFiles: [`./${WORKFLOW}`], runPath: WORKFLOW }, { trusted: false, tamper: true }, /PR changes/],
    ["editing another workflow is not tamper with plans", { prChangedFiles: [".github/workflows/ci.yml"] }, { trusted: true, tamper: false }, /planned by/],
  ])("%s", (_name, overrides, verdict, reason) => {
    const result = trust(overrides);
    expect(result).toMatchObject(verdict);
    expect(result.reason).toMatch(reason);
  });
});
