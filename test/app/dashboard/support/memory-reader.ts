import type { AuditRecord } from "../../../../src/model/audit-event.js";
import type { AuditReader, AuditReaderQuery } from "../../../../src/app/dashboard/audit-reader.js";

/**
 * An in-memory AuditReader with the store's query semantics (since inclusive, until exclusive, compared as
 * instants; `kinds: []` matches nothing; seq order; afterSeq and limit). It remembers every query.
 */
export function memoryReader(records: readonly AuditRecord[]): AuditReader & { queries: AuditReaderQuery[] } {
  const queries: AuditReaderQuery[] = [];
  return {
    queries,
    async list(query) {
      queries.push(query);
      const since = query.since === undefined ? -Infinity : Date.parse(query.since);
      const until = query.until === undefined ? Infinity : Date.parse(query.until);
      const matching = [...records]
        .sort((a, b) => a.seq - b.seq)
        .filter(({ seq, event }) => {
          const at = Date.parse(event.at);
          return (query.repository === undefined || event.repository === query.repository)
            && (query.pullNumber === undefined || event.pullNumber === query.pullNumber)
            && (query.kinds === undefined || query.kinds.includes(event.kind))
            && at >= since && at < until
            && (query.afterSeq === undefined || seq > query.afterSeq);
        });
      return query.limit === undefined ? matching : matching.slice(0, query.limit);
    },
  };
}
