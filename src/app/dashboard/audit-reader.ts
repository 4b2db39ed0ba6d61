import type { AuditQuery } from "../../audit/index.js";
import type { AuditRecord } from "../../model/audit-event.js";

/** The filters of the audit store's `list` that the dashboard and metrics use. */
export type AuditReaderQuery = Pick<AuditQuery, "repository" | "pullNumber" | "kinds" | "since" | "until" | "limit" | "afterSeq">;

/**
 * The read side of the audit trail the dashboard and metrics need. The audit store satisfies it
 * structurally; tests pass an in-memory fake. `list` returns matching records in seq order.
 */
export interface AuditReader {
  list(query: AuditReaderQuery): Promise<AuditRecord[]>;
}
