import type { AuditRecord } from "../../model/audit-event.js";
import { countPeriod, firstOverrides } from "./count-period.js";
import type { DashboardSummary } from "./dashboard-summary.js";
import { findGateOpenings, type GateOpening } from "./gate-openings.js";
import { recentBlocked, recentOverrides } from "./recent-rows.js";
import { type TimedEvent, timeline } from "./timeline.js";
import { topAgents } from "./top-agents.js";
import { dayKey, utcDays } from "./utc-days.js";

/** Options of `summarizeAudit`: the clock reading and the window length in whole UTC days. */
export interface SummaryOptions {
  now: Date;
  days: number;
  /** Rows kept in each list (top agents, recent overrides, recent blocked); default 10. */
  listLimit?: number;
}

/**
 * `summarizeAudit` aggregates audit records (any order, any kinds) into the dashboard summary over the
 * `days` UTC days ending with the day of `now`. Records after `now` are ignored; records before the window
 * are used only to date the first evaluation of a head SHA (time to approval), so callers should pass some
 * history before the window. Pure and deterministic.
 */
export function summarizeAudit(records: readonly AuditRecord[], options: SummaryOptions): DashboardSummary {
  const { now, days } = options;
  const limit = options.listLimit ?? 10;
  const window = utcDays(now, days);
  const events = timeline(records, now.getTime());
  const inWindow = events.filter((e) => e.atMs >= window.startMs);
  const openings = findGateOpenings(events).filter((o) => o.openedMs >= window.startMs);
  const overrideAt = firstOverrides(events);
  const eventsByDay = groupBy(inWindow, (e) => dayKey(e.atMs));
  const openingsByDay = groupBy(openings, (o) => dayKey(o.openedMs));
  return {
    generatedAt: now.toISOString(),
    days,
    from: new Date(window.startMs).toISOString(),
    totals: countPeriod(inWindow, openings, overrideAt),
    daily: window.keys.map((date) => ({ date, ...countPeriod(eventsByDay.get(date) ?? [], openingsByDay.get(date) ?? [], overrideAt) })),
    topAgents: topAgents(inWindow, limit),
    recentOverrides: recentOverrides(inWindow, limit),
    recentBlocked: recentBlocked(inWindow, limit),
  };
}

function groupBy<T extends TimedEvent | GateOpening>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list === undefined) groups.set(k, [item]);
    else list.push(item);
  }
  return groups;
}
