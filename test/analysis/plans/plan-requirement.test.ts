import { describe, expect, it } from "vitest";
import { planRequirement, type PlanRequirementParams, type PlanStatus } from "../../../src/analysis/plans/index.js";
import { DEFAULT_CONFIG, type AirlockConfig } from "../../../src/config/index.js";
import { HEAD_SHA } from "../../helpers/snapshot.js";

const OLD_SHA = "9f8e7d6c5b4a39281706f5e4d3c2b1a098765432";
const production = { name: "production", tier: "production" };
const sandbox = { name: "sandbox", tier: "sandbox" };
const unknown = { name: "unknown", tier: "unknown" };
const missing: PlanStatus = { status: "missing", plannedRoots: [] };
const found: PlanStatus = { status: "found", plannedRoots: ["envs/prod"], headSha: HEAD_SHA };

function params(overrides: Partial<PlanRequirementParams> = {}): PlanRequirementParams {
  return {
    config: DEFAULT_CONFIG,
    tier: "low",
    environments: [production],
    infraKinds: ["terraform"],
    plans: missing,
    changedRoots: ["envs/prod"],
    headSha: HEAD_SHA,
    ...overrides,
  };
}

function withEnvironments(requirePlan: Record<string, boolean>): AirlockConfig {
  return { ...DEFAULT_CONFIG, environments: DEFAULT_CONFIG.environments.map((e) => (e.name in requirePlan ? { ...e, requirePlan: requirePlan[e.name] } : e)) };
}

describe("planRequirement", () => {
  it.each<[string, Partial<PlanRequirementParams>, boolean]>([
    ["a production change without a plan waits (default config)", {}, true],
    ["a high change in an unknown environment waits", { tier: "high", environments: [unknown] }, true],
    ["a critical change in no environment waits", { tier: "critical", environments: [] }, true],
    ["a low sandbox change does not need a plan", { environments: [sandbox], changedRoots: ["envs/sandbox"] }, false],
    ["requirePlan: false exempts a production change", { config: withEnvironments({ production: false }) }, false],
    ["requirePlan: false exempts even a critical change", { tier: "critical", config: withEnvironments({ production: false }) }, false],
    ["requirePlan: false on one environment leaves the other to decide", { tier: "high", environments: [production, sandbox], config: withEnvironments({ production: false }) }, true],
    ["requirePlan: true forces a plan for a low sandbox change", { environments: [sandbox], config: withEnvironments({ sandbox: true }) }, true],
    ["a CloudFormation-only change has nothing to plan", { infraKinds: ["aws-cdk", "cloudformation"] }, false],
    ["a trusted plan for the head SHA covering the root satisfies it", { plans: found }, false],
    ["a plan of the root directory covers every changed root", { plans: { ...found, plannedRoots: ["."] }, changedRoots: ["envs/prod", "envs/stage"] }, false],
    ["a plan of a root covers its local module directories", { plans: found, changedRoots: ["envs/prod/modules/db"] }, false],
  ])("%s", (_name, overrides, waits) => {
    const requirement = planRequirement(params(overrides));
    if (!waits) expect(requirement).toBeNull();
    else expect(requirement).toMatchObject({ id: "plan", met: false, kind: "wait" });
  });

  it("says exactly what it waits for", () => {
    expect(planRequirement(params())?.missing).toBe(
      "a plan from .github/workflows/airlock-plan.yml for head SHA a1b2c3d covering envs/prod (the run for this SHA has not finished, or uploaded no plan); " +
        "a plan is required because it touches production (tier production), which plans.require.environmentTiers lists",
    );
  });

  it.each<[string, Partial<PlanRequirementParams>, string]>([
    ["tier", { tier: "high", environments: [unknown] }, "its tier is high, which plans.require.tiers lists"],
    ["forced", { environments: [sandbox], config: withEnvironments({ sandbox: true }) }, "environment sandbox sets requirePlan: true"],
  ])("says why a plan is required (%s)", (_name, overrides, why) => {
    expect(planRequirement(params(overrides))?.missing.endsWith(`; a plan is required because ${why}`)).toBe(true);
  });

  it.each<[string, PlanStatus, RegExp]>([
    ["stale: names the SHA the plan was made for", { status: "stale", plannedRoots: ["envs/prod"], headSha: OLD_SHA }, /for head SHA a1b2c3d covering envs\/prod \(the plan found was made for 9f8e7d6, not the head commit\)/],
    ["found at another SHA counts as stale", { ...found, headSha: OLD_SHA }, /made for 9f8e7d6, not the head commit/],
    ["failed run", { status: "failed-run", plannedRoots: [] }, /\(the plan run for this SHA failed; fix it and re-run it\)/],
    ["untrusted: says why", { status: "untrusted", plannedRoots: ["envs/prod"], reason: "it comes from .github/workflows/agent.yml, not from .github/workflows/airlock-plan.yml" }, /not trusted: it comes from \.github\/workflows\/agent\.yml/],
    ["untrusted without a reason still says so", { status: "untrusted", plannedRoots: [] }, /not trusted: its origin could not be verified/],
  ])("%s", (_name, plans, text) => {
    expect(planRequirement(params({ plans }))?.missing).toMatch(text);
  });

  it("a plan covering one of two changed roots waits for the other", () => {
    const requirement = planRequirement(params({ plans: found, changedRoots: ["envs/prod", "envs/prod-eu/"] }));
    expect(requirement?.missing).toMatch(/^a plan from \S+ for head SHA a1b2c3d covering envs\/prod-eu \(the plans found cover only envs\/prod\)/);
  });

  it("configured workflow and many roots are named readably", () => {
    const config = { ...DEFAULT_CONFIG, plans: { ...DEFAULT_CONFIG.plans, workflow: ".github/workflows/plan.yaml" } };
    const roots = Array.from({ length: 10 }, (_, i) => `envs/prod/r${i}`);
    const text = planRequirement(params({ config, changedRoots: roots, plans: { status: "found", plannedRoots: [], headSha: HEAD_SHA } }))?.missing;
    expect(text).toMatch(/^a plan from \.github\/workflows\/plan\.yaml for head SHA a1b2c3d covering envs\/prod\/r0, .*envs\/prod\/r7 and 2 more \(the plans found cover none of the changed roots\)/);
  });
});
