import { register as globalRegister } from "prom-client";
import { describe, expect, it } from "vitest";
import { createMetrics } from "../../../src/app/metrics/create-metrics.js";
import { parseMetrics, valueOf } from "./support/parse-metrics.js";
import { verdict } from "./support/verdicts.js";

async function samples(metrics: ReturnType<typeof createMetrics>) {
  return parseMetrics(await metrics.registry.metrics());
}

describe("createMetrics: evaluations", () => {
  it("counts evaluations by conclusion, blocked ones, tiers and durations", async () => {
    const metrics = createMetrics({ repositories: ["acme/infra"] });
    metrics.recordEvaluation(verdict(), { durationMs: 300, repository: "acme/infra" });
    metrics.recordEvaluation(verdict(), { durationMs: 700, repository: "Acme/Infra" });
    metrics.recordEvaluation(verdict({ conclusion: "failure" }), { durationMs: 2000, repository: "acme/secret-project" });
    metrics.recordEvaluation(verdict({ conclusion: "success", destructiveness: "critical" }), { durationMs: 100, repository: "acme/infra" });
    const s = await samples(metrics);
    expect(valueOf(s, "airlock_evaluations_total", { conclusion: "action_required", mode: "enforce", repository: "acme/infra" })).toBe(2);
    expect(valueOf(s, "airlock_evaluations_total", { conclusion: "failure", mode: "enforce", repository: "other" })).toBe(1);
    expect(valueOf(s, "airlock_blocked_total", { conclusion: "action_required", repository: "acme/infra" })).toBe(2);
    expect(valueOf(s, "airlock_blocked_total", { conclusion: "failure", repository: "other" })).toBe(1);
    expect(valueOf(s, "airlock_blocked_total", { conclusion: "success", repository: "acme/infra" })).toBeUndefined();
    expect(valueOf(s, "airlock_decisions_by_tier_total", { dimension: "destructiveness", tier: "high", conclusion: "action_required" })).toBe(2);
    expect(valueOf(s, "airlock_decisions_by_tier_total", { dimension: "destructiveness", tier: "critical", conclusion: "success" })).toBe(1);
    expect(valueOf(s, "airlock_decisions_by_tier_total", { dimension: "blast_radius", tier: "medium", conclusion: "failure" })).toBe(1);
    expect(valueOf(s, "airlock_decisions_by_tier_total", { dimension: "blast_radius", tier: "none", conclusion: "success" })).toBe(0);
    expect(valueOf(s, "airlock_evaluation_duration_seconds_count", { conclusion: "action_required" })).toBe(2);
    expect(valueOf(s, "airlock_evaluation_duration_seconds_sum", { conclusion: "action_required" })).toBeCloseTo(1);
    expect(valueOf(s, "airlock_evaluation_duration_seconds_bucket", { conclusion: "action_required", le: "0.5" })).toBe(1);
    expect(s.some((x) => x.labels.repository === "acme/secret-project")).toBe(false);
  });

  it("counts shadow would-blocks apart from blocks", async () => {
    const metrics = createMetrics();
    metrics.recordEvaluation(verdict({ conclusion: "success", mode: "shadow", wouldBlock: true }), { durationMs: 1, repository: "acme/infra" });
    const s = await samples(metrics);
    expect(valueOf(s, "airlock_shadow_would_block_total", { repository: "other" })).toBe(1);
    expect(s.filter((x) => x.name === "airlock_blocked_total")).toEqual([]);
  });

  it("counts infrastructure PRs once each, by author kind and agent, and infra evaluations every time", async () => {
    const metrics = createMetrics();
    metrics.recordEvaluation(verdict(), { durationMs: 1, repository: "acme/infra", pullNumber: 1 });
    metrics.recordEvaluation(verdict(), { durationMs: 1, repository: "acme/infra", pullNumber: 1 });
    metrics.recordEvaluation(verdict({ agent: "devin" }), { durationMs: 1, repository: "acme/infra", pullNumber: 2 });
    metrics.recordEvaluation(verdict({ agent: null }), { durationMs: 1, repository: "acme/infra", pullNumber: 3 });
    metrics.recordEvaluation(verdict({ agent: null, infra: false }), { durationMs: 1, repository: "acme/infra", pullNumber: 4 });
    const s = await samples(metrics);
    expect(valueOf(s, "airlock_infra_pull_requests_total", { author: "agent", agent: "copilot" })).toBe(1);
    expect(valueOf(s, "airlock_infra_pull_requests_total", { author: "agent", agent: "devin" })).toBe(1);
    expect(valueOf(s, "airlock_infra_pull_requests_total", { author: "human", agent: "none" })).toBe(1);
    expect(valueOf(s, "airlock_infra_evaluations_total", { author: "agent" })).toBe(3);
    expect(valueOf(s, "airlock_infra_evaluations_total", { author: "human" })).toBe(1);
  });

  it("bounds the agent label", async () => {
    const metrics = createMetrics({ agentLimit: 2 });
    for (const [i, agent] of ["copilot", "devin", "made-up-agent-1", "made-up-agent-2"].entries()) {
      metrics.recordEvaluation(verdict({ agent }), { durationMs: 1, repository: "r", pullNumber: i });
    }
    const s = await samples(metrics);
    expect(valueOf(s, "airlock_infra_pull_requests_total", { author: "agent", agent: "other" })).toBe(2);
    expect(new Set(s.filter((x) => x.name === "airlock_infra_pull_requests_total").map((x) => x.labels.agent))).toEqual(new Set(["copilot", "devin", "other"]));
  });
});

describe("createMetrics: overrides, merges, approvals", () => {
  it("counts overrides, merges and rollbacks", async () => {
    const metrics = createMetrics({ repositories: ["acme/infra"] });
    metrics.recordOverride({ repository: "acme/infra" });
    metrics.recordOverride({ repository: "acme/elsewhere" });
    metrics.recordMerge({ agent: "copilot" });
    metrics.recordMerge({ agent: "copilot" });
    metrics.recordMerge({ agent: null });
    metrics.recordMerge({ agent: "copilot", rolledBack: true });
    const s = await samples(metrics);
    expect(valueOf(s, "airlock_overrides_total", { repository: "acme/infra" })).toBe(1);
    expect(valueOf(s, "airlock_overrides_total", { repository: "other" })).toBe(1);
    expect(valueOf(s, "airlock_merges_total", { author: "agent", agent: "copilot" })).toBe(2);
    expect(valueOf(s, "airlock_merges_total", { author: "human", agent: "none" })).toBe(1);
    expect(valueOf(s, "airlock_rollbacks_total", { author: "agent", agent: "copilot" })).toBe(1);
  });

  it("observes approval latencies in seconds and ignores impossible ones", async () => {
    const metrics = createMetrics();
    metrics.recordApproval({ latencySeconds: 120 });
    metrics.recordApproval({ latencySeconds: 7200 });
    metrics.recordApproval({ latencySeconds: -5 });
    metrics.recordApproval({ latencySeconds: Number.NaN });
    const s = await samples(metrics);
    expect(valueOf(s, "airlock_approval_latency_seconds_count")).toBe(2);
    expect(valueOf(s, "airlock_approval_latency_seconds_sum")).toBe(7320);
    expect(valueOf(s, "airlock_approval_latency_seconds_bucket", { le: "300" })).toBe(1);
    expect(valueOf(s, "airlock_approval_latency_seconds_bucket", { le: "7200" })).toBe(2);
  });
});

describe("createMetrics: registry", () => {
  it("uses its own registry: instances are independent and the global registry stays empty", async () => {
    const a = createMetrics();
    const b = createMetrics();
    a.recordOverride({ repository: "x" });
    expect(valueOf(await samples(a), "airlock_overrides_total", { repository: "other" })).toBe(1);
    expect(valueOf(await samples(b), "airlock_overrides_total", { repository: "other" })).toBeUndefined();
    expect(await globalRegister.getMetricsAsJSON()).toEqual([]);
  });

  it("names every metric airlock_*, default process metrics included", async () => {
    const text = await createMetrics().registry.metrics();
    const names = [...text.matchAll(/^# TYPE (\S+)/gm)].map((m) => m[1]);
    expect(names).toContain("airlock_process_cpu_user_seconds_total");
    expect(names).toContain("airlock_nodejs_heap_size_used_bytes");
    expect(names.filter((n) => !n!.startsWith("airlock_"))).toEqual([]);
  });
});
