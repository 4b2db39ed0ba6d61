import { collectDefaultMetrics, Counter, Histogram, type Registry } from "prom-client";

/** Approval latency buckets, seconds: 1 min … 7 days. */
export const APPROVAL_BUCKETS = [60, 300, 900, 1800, 3600, 7200, 14_400, 28_800, 86_400, 172_800, 604_800];
/** Evaluation duration buckets, seconds. */
export const DURATION_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];

/**
 * `defineMetrics` registers Airlock's metrics (and Node's default process metrics, also prefixed
 * `airlock_`) on `registry` and returns them. Label values are bounded by the callers: `conclusion`,
 * `mode`, `dimension`, `tier`, `author` are enums; `repository` and `agent` go through bounded labels.
 */
export function defineMetrics(registry: Registry) {
  const registers = [registry];
  collectDefaultMetrics({ register: registry, prefix: "airlock_" });
  return {
    evaluations: new Counter({ name: "airlock_evaluations_total", help: "Evaluations published, by check conclusion, gate mode and repository.", labelNames: ["conclusion", "mode", "repository"] as const, registers }),
    duration: new Histogram({ name: "airlock_evaluation_duration_seconds", help: "Wall time of one evaluation, from webhook to published check, by conclusion.", labelNames: ["conclusion"] as const, buckets: DURATION_BUCKETS, registers }),
    tiers: new Counter({ name: "airlock_decisions_by_tier_total", help: "Evaluations of infrastructure changes by score dimension (destructiveness, blast_radius), tier and conclusion.", labelNames: ["dimension", "tier", "conclusion"] as const, registers }),
    blocked: new Counter({ name: "airlock_blocked_total", help: "Evaluations that blocked the PR (conclusion action_required or failure), by repository.", labelNames: ["conclusion", "repository"] as const, registers }),
    shadowBlocked: new Counter({ name: "airlock_shadow_would_block_total", help: "Shadow-mode evaluations that passed a PR enforce mode would have blocked, by repository.", labelNames: ["repository"] as const, registers }),
    infraEvaluations: new Counter({ name: "airlock_infra_evaluations_total", help: "Evaluations of PRs that touch infrastructure, by author kind (agent or human).", labelNames: ["author"] as const, registers }),
    infraPulls: new Counter({ name: "airlock_infra_pull_requests_total", help: "Infrastructure PRs seen by this process (each counted once), by author kind and agent.", labelNames: ["author", "agent"] as const, registers }),
    overrides: new Counter({ name: "airlock_overrides_total", help: "Break-glass overrides recorded, by repository.", labelNames: ["repository"] as const, registers }),
    approvalLatency: new Histogram({ name: "airlock_approval_latency_seconds", help: "Seconds from the first evaluation of a head SHA to its gate opening through approvals.", buckets: APPROVAL_BUCKETS, registers }),
    merges: new Counter({ name: "airlock_merges_total", help: "Merged PRs recorded, by author kind and agent.", labelNames: ["author", "agent"] as const, registers }),
    rollbacks: new Counter({ name: "airlock_rollbacks_total", help: "Merges later rolled back (their revert was recorded), by author kind and agent of the original merge.", labelNames: ["author", "agent"] as const, registers }),
  };
}

/** The metrics `defineMetrics` registers. */
export type MetricSet = ReturnType<typeof defineMetrics>;
