import type { AuditEvent, AuditRecord } from "../model/audit-event.js";

/** One row of `audit_records` as either driver returns it (Postgres returns BIGINT columns as strings). */
export interface AuditRow {
  seq: number | string;
  at_ms: number | string;
  kind: string;
  repository: string;
  pull_number: number | string;
  head_sha: string | null;
  event_json: string;
  prev_hash: string;
  hash: string;
}

/** The column list that selects an AuditRow, in both engines. */
export const AUDIT_ROW_COLUMNS = "seq, at_ms, kind, repository, pull_number, head_sha, event_json, prev_hash, hash";

/** `toAuditRecord` turns a stored row into the AuditRecord contract (the event parsed from its canonical JSON). */
export function toAuditRecord(row: AuditRow): AuditRecord {
  return { seq: Number(row.seq), event: JSON.parse(row.event_json) as AuditEvent, prevHash: row.prev_hash, hash: row.hash };
}
