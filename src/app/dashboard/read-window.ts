import type { AuditRecord } from "../../model/audit-event.js";
import type { AuditReader } from "./audit-reader.js";

/** Records fetched per `list` call. */
export const PAGE_SIZE = 5_000;

/**
 * `readWindow` reads every evaluation and override recorded since `since` (ISO instant), page by page
 * with `afterSeq`, stopping at `maxRecords` so a huge trail cannot exhaust memory; `truncated` says so.
 */
export async function readWindow(reader: AuditReader, since: string, maxRecords: number): Promise<{ records: AuditRecord[]; truncated: boolean }> {
  const records: AuditRecord[] = [];
  let afterSeq: number | undefined;
  for (;;) {
    const limit = Math.min(PAGE_SIZE, maxRecords - records.length);
    if (limit <= 0) return { records, truncated: true };
    const page = await reader.list({ kinds: ["evaluation", "override"], since, limit, ...(afterSeq === undefined ? {} : { afterSeq }) });
    records.push(...page);
    const last = page.at(-1);
    if (page.length < limit || last === undefined) return { records, truncated: false };
    afterSeq = last.seq;
  }
}
