import { Registry } from "prom-client";
import type { Verdict } from "../../model/verdict.js";
import { TIERS } from "../../model/score.js";
import { allowlistLabel, firstSeenLabel } from "./bounded-label.js";
import { defineMetrics } from "./metric-set.js";
import { metricsHandler } from "./metrics-handler.js";
import { RecentKeys } from "./recent-keys.js";

/** The parts of a verdict the metrics read. */
export type MeteredVerdict = Pick<Verdict, "agent" | "infra" | "gate" | "destructiveness" | "blastRadius">;

/** Options of `createMetrics`. */
export interface MetricsOptions {
  /**
   * Repositories (`owner/name`) that get their own `repository` label value; every other repository is
   * counted as `other`. Default none, so no repository name is exposed unless the operator lists it.
   */
  repositories?: readonly string[];
  /** Distinct agent names labelled before the rest become `other` (default 20). */
  agentLimit?: number;
  /** PRs remembered to count each infrastructure PR once (default 10,000, most recent kept). */
  rememberedPulls?: number;
}

/**
 * Airlock's Prometheus metrics on their own registry (never the global one), all named `airlock_*`.
 * Share of infrastructure PRs made by agents, in PromQL:
 * `sum(increase(airlock_infra_pull_requests_total{author="agent"}[7d])) / sum(increase(airlock_infra_pull_requests_total[7d]))`
 * (agent / total; the same ratio over `airlock_infra_evaluations_total` weighs PRs by their evaluations).
 * Rollback rate: `sum(increase(airlock_rollbacks_total[30d])) / sum(increase(airlock_merges_total[30d]))`.
 */
export interface AirlockMetrics {
  registry: Registry;
  /**
   * Counts one published evaluation: by conclusion, mode and repository; blocked (`action_required` or
   * `failure`) and shadow would-block; for infrastructure changes the destructiveness and blast-radius tiers
   * and the author kind; observes `durationMs`. With `pullNumber`, also counts the PR in
   * `airlock_infra_pull_requests_total` the first time this process sees it touch infrastructure.
   */
  recordEvaluation(verdict: MeteredVerdict, context: { durationMs: number; repository: string; pullNumber?: number }): void;
  /** Counts one recorded break-glass override. */
  recordOverride(context: { repository: string }): void;
  /**
   * Counts a merged PR authored by `agent` (null: a human). With `rolledBack: true` the call instead reports
   * that such an earlier merge was rolled back (its revert was recorded), counted in `airlock_rollbacks_total`.
   */
  recordMerge(context: { agent: string | null; rolledBack?: boolean }): void;
  /**
   * Observes one approval latency: seconds from the first recorded evaluation of a head SHA to the first
   * later evaluation of that head that no longer blocks, when an earlier one did and no override was recorded
   * for the head before (see `findGateOpenings`; `approvalLatencySeconds` computes it from the audit trail).
   * Negative or non-finite values are ignored.
   */
  recordApproval(context: { latencySeconds: number }): void;
  /** `GET /metrics` for Probot's `addHandler` (see `metricsHandler`). */
  handler: ReturnType<typeof metricsHandler>;
}

/** `createMetrics` creates a fresh registry with Airlock's metrics and default process metrics. */
export function createMetrics(options: MetricsOptions = {}): AirlockMetrics {
  const registry = new Registry();
  const m = defineMetrics(registry);
  const repositoryLabel = allowlistLabel(options.repositories ?? []);
  const agentLabel = firstSeenLabel(options.agentLimit ?? 20);
  const seenPulls = new RecentKeys(options.rememberedPulls ?? 10_000);
  const author = (agent: string | null) => (agent === null ? { author: "human", agent: "none" } : { author: "agent", agent: agentLabel(agent) });
  for (const conclusion of ["success", "action_required", "failure"] as const) {
    for (const tier of TIERS) for (const dimension of ["destructiveness", "blast_radius"]) m.tiers.inc({ dimension, tier, conclusion }, 0);
  }

  return {
    registry,
    recordEvaluation(verdict, { durationMs, repository, pullNumber }) {
      const { conclusion, mode, wouldBlock } = verdict.gate;
      const repo = repositoryLabel(repository);
      m.evaluations.inc({ conclusion, mode, repository: repo });
      if (Number.isFinite(durationMs) && durationMs >= 0) m.duration.observe({ conclusion }, durationMs / 1000);
      if (conclusion !== "success") m.blocked.inc({ conclusion, repository: repo });
      else if (wouldBlock) m.shadowBlocked.inc({ repository: repo });
      if (!verdict.infra.touched) return;
      m.tiers.inc({ dimension: "destructiveness", tier: verdict.destructiveness.tier, conclusion });
      m.tiers.inc({ dimension: "blast_radius", tier: verdict.blastRadius.tier, conclusion });
      const who = author(verdict.agent.isAgent ? (verdict.agent.name ?? "unknown") : null);
      m.infraEvaluations.inc({ author: who.author });
      if (pullNumber !== undefined && seenPulls.add(`${repository.toLowerCase()}#${pullNumber}`)) m.infraPulls.inc(who);
    },
    recordOverride({ repository }) {
      m.overrides.inc({ repository: repositoryLabel(repository) });
    },
    recordMerge({ agent, rolledBack }) {
      (rolledBack === true ? m.rollbacks : m.merges).inc(author(agent));
    },
    recordApproval({ latencySeconds }) {
      if (Number.isFinite(latencySeconds) && latencySeconds >= 0) m.approvalLatency.observe(latencySeconds);
    },
    handler: metricsHandler(registry),
  };
}
