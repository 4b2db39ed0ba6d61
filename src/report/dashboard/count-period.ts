import type { EvaluationEvent } from "../../model/audit-event.js";
import type { WindowCounts } from "./dashboard-summary.js";
import { decisionOutcome, emptyDecisions } from "./decision-outcome.js";
import type { GateOpening } from "./gate-openings.js";
import { isInfraEvaluation } from "./is-infra-evaluation.js";
import { latencyStats } from "./latency-stats.js";
import { headKey, pullKey, type TimedEvent } from "./timeline.js";

/** `firstOverrides` maps each head key to the instant of its first override in `events` (timeline order). */
export function firstOverrides(events: readonly TimedEvent[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const { atMs, event } of events) if (event.kind === "override" && !first.has(headKey(event))) first.set(headKey(event), atMs);
  return first;
}

/**
 * `countPeriod` counts one period (a day or the window) from its events in `timeline` order and the gate
 * openings that happened in it: distinct infrastructure PRs (agent or not by their latest infrastructure
 * evaluation), distinct PR heads by the outcome of their latest infrastructure evaluation, overrides, and
 * time-to-approval statistics. `overrideAt` holds the first override instant of every head (any period).
 */
export function countPeriod(events: readonly TimedEvent[], openings: readonly GateOpening[], overrideAt: ReadonlyMap<string, number>): WindowCounts {
  const latestByPull = new Map<string, EvaluationEvent>();
  const latestByHead = new Map<string, TimedEvent & { event: EvaluationEvent }>();
  let overrides = 0;
  for (const timed of events) {
    const { event } = timed;
    if (event.kind === "override") {
      overrides += 1;
    } else if (isInfraEvaluation(event)) {
      latestByPull.set(pullKey(event), event);
      latestByHead.set(headKey(event), { ...timed, event });
    }
  }
  const infraPullRequests = latestByPull.size;
  const agentPullRequests = [...latestByPull.values()].filter((event) => event.agent.isAgent).length;
  const decisions = emptyDecisions();
  for (const [key, { atMs, event }] of latestByHead) decisions[decisionOutcome(event, (overrideAt.get(key) ?? Infinity) <= atMs)] += 1;
  return {
    infraPullRequests,
    agentPullRequests,
    agentShare: infraPullRequests === 0 ? null : agentPullRequests / infraPullRequests,
    decisions,
    overrides,
    timeToApproval: latencyStats(openings.map((opening) => opening.seconds)),
  };
}
