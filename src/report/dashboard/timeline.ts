import type { AuditRecord, EvaluationEvent, OverrideEvent } from "../../model/audit-event.js";

/** An evaluation or override with its instant in epoch milliseconds. */
export interface TimedEvent {
  atMs: number;
  seq: number;
  event: EvaluationEvent | OverrideEvent;
}

/**
 * `timeline` keeps the evaluation and override records whose `at` parses as an instant no later than
 * `untilMs`, ordered by instant then seq. Other kinds and unreadable instants are dropped.
 */
export function timeline(records: readonly AuditRecord[], untilMs: number): TimedEvent[] {
  const out: TimedEvent[] = [];
  for (const { seq, event } of records) {
    if (event.kind !== "evaluation" && event.kind !== "override") continue;
    const atMs = Date.parse(event.at);
    if (!Number.isFinite(atMs) || atMs > untilMs) continue;
    out.push({ atMs, seq, event });
  }
  return out.sort((a, b) => a.atMs - b.atMs || a.seq - b.seq);
}

/** `pullKey` names a PR across repositories (`owner/name#42`). */
export function pullKey(event: { repository: string; pullNumber: number }): string {
  return `${event.repository}#${event.pullNumber}`;
}

/** `headKey` names one head SHA of one PR (`owner/name#42@sha`). */
export function headKey(event: { repository: string; pullNumber: number; headSha: string }): string {
  return `${pullKey(event)}@${event.headSha}`;
}
