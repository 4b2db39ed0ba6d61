import type { AuditQuery, AuditStore } from "../../audit/audit-store.js";
import type { AuditRecord } from "../../model/audit-event.js";
import { AUDIT_CSV_COLUMNS, auditCsvRow } from "./audit-csv-row.js";
import { renderCsvRow } from "./render-csv.js";

/** The formats of `airlock audit export`. */
export type ExportFormat = "jsonl" | "csv";

const PAGE = 500;

/**
 * `exportRecords` writes every record matching `query` to `out` in seq order, a page at a time (so a large
 * trail is never held in memory): `jsonl` writes one AuditRecord as JSON per line, `csv` a header row and
 * one AUDIT_CSV_COLUMNS row per record. Returns the number of records written.
 */
export async function exportRecords(store: AuditStore, query: Omit<AuditQuery, "afterSeq" | "limit">, format: ExportFormat, out: (s: string) => void): Promise<number> {
  if (format === "csv") out(renderCsvRow(AUDIT_CSV_COLUMNS));
  let written = 0;
  for (let afterSeq = 0; ; ) {
    const records = await store.list({ ...query, afterSeq, limit: PAGE });
    if (records.length > 0) out(records.map(format === "csv" ? csvLine : jsonLine).join(""));
    written += records.length;
    if (records.length < PAGE) return written;
    afterSeq = records[records.length - 1]!.seq;
  }
}

function jsonLine(record: AuditRecord): string {
  return `${JSON.stringify({ seq: record.seq, event: record.event, prevHash: record.prevHash, hash: record.hash })}\n`;
}

function csvLine(record: AuditRecord): string {
  return renderCsvRow(auditCsvRow(record));
}
