import type { EvaluationEvent } from "../../model/audit-event.js";
import type { AgentRow } from "./dashboard-summary.js";
import { isInfraEvaluation } from "./is-infra-evaluation.js";
import { pullKey, type TimedEvent } from "./timeline.js";

/** Name shown for a PR attributed to an agent whose name is not known. */
export const UNKNOWN_AGENT = "unknown agent";

/**
 * `topAgents` ranks agents by their infrastructure PRs in `events` (attributed by each PR's latest
 * infrastructure evaluation), most first then by name, keeping `limit`. `blocked` counts those PRs whose
 * latest evaluation blocks; `overrides` counts override events on them.
 */
export function topAgents(events: readonly TimedEvent[], limit: number): AgentRow[] {
  const latest = new Map<string, EvaluationEvent>();
  const overridesByPull = new Map<string, number>();
  for (const { event } of events) {
    const key = pullKey(event);
    if (event.kind === "override") overridesByPull.set(key, (overridesByPull.get(key) ?? 0) + 1);
    else if (isInfraEvaluation(event)) latest.set(key, event);
  }
  const rows = new Map<string, AgentRow>();
  for (const [key, event] of latest) {
    if (!event.agent.isAgent) continue;
    const agent = event.agent.name ?? UNKNOWN_AGENT;
    const row = rows.get(agent) ?? { agent, pullRequests: 0, blocked: 0, overrides: 0 };
    row.pullRequests += 1;
    if (event.decision.conclusion !== "success") row.blocked += 1;
    row.overrides += overridesByPull.get(key) ?? 0;
    rows.set(agent, row);
  }
  return [...rows.values()]
    .sort((a, b) => b.pullRequests - a.pullRequests || (a.agent < b.agent ? -1 : a.agent > b.agent ? 1 : 0))
    .slice(0, limit);
}
