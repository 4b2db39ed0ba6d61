import type { EvaluationEvent } from "../../model/audit-event.js";
import type { BlockedRow, OverrideRow } from "./dashboard-summary.js";
import { isInfraEvaluation } from "./is-infra-evaluation.js";
import { pullKey, type TimedEvent } from "./timeline.js";

const MISSING_LINES = 3;

/** `recentOverrides` returns the latest `limit` override events of `events` (timeline order), newest first. */
export function recentOverrides(events: readonly TimedEvent[], limit: number): OverrideRow[] {
  const rows: OverrideRow[] = [];
  for (let i = events.length - 1; i >= 0 && rows.length < limit; i -= 1) {
    const event = events[i]?.event;
    if (event?.kind !== "override") continue;
    const { at, repository, pullNumber, headSha, login, reason } = event;
    rows.push({ at, repository, pullNumber, headSha, login, reason });
  }
  return rows;
}

/**
 * `recentBlocked` returns up to `limit` PRs whose latest infrastructure evaluation in `events` blocks them
 * (check not `success`), most recently evaluated first, with at most three lines of what is missing.
 */
export function recentBlocked(events: readonly TimedEvent[], limit: number): BlockedRow[] {
  const latest = new Map<string, EvaluationEvent>();
  for (const { event } of events) {
    if (event.kind === "evaluation" && isInfraEvaluation(event)) {
      const key = pullKey(event);
      latest.delete(key);
      latest.set(key, event);
    }
  }
  const rows: BlockedRow[] = [];
  for (const event of [...latest.values()].reverse()) {
    if (rows.length >= limit) break;
    const { conclusion } = event.decision;
    if (conclusion === "success") continue;
    rows.push({
      at: event.at,
      repository: event.repository,
      pullNumber: event.pullNumber,
      headSha: event.headSha,
      agent: event.agent.isAgent ? event.agent.name : null,
      conclusion,
      destructiveness: event.destructiveness.tier,
      blastRadius: event.blastRadius.tier,
      missing: event.decision.missing.slice(0, MISSING_LINES),
    });
  }
  return rows;
}
