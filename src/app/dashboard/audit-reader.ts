import type { AuditEvent, AuditRecord } from "../../model/audit-event.js";

/**
 * A filter over the audit trail, as the audit store takes it: every field narrows; `since` is inclusive,
 * `until` exclusive (ISO 8601 instants); `afterSeq` and `limit` page through results in seq order.
 */
export interface AuditReaderQuery {
  repository?: string;
  pullNumber?: number;
  kinds?: AuditEvent["kind"][];
  since?: string;
  until?: string;
  limit?: number;
  afterSeq?: number;
}

/**
 * The read side of the audit trail the dashboard and metrics need. The audit store satisfies it
 * structurally; tests pass an in-memory fake. `list` returns matching records in seq order.
 */
export interface AuditReader {
  list(query: AuditReaderQuery): Promise<AuditRecord[]>;
}
