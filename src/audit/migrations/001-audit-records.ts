import type { Migration } from "./migration.js";

// event_json is TEXT, not JSONB: the hash covers the exact canonical text, and JSONB would re-serialise it.
// seq is assigned by the store (last + 1 under the append lock), never by a sequence, so a gap always means a
// deleted record rather than a rolled-back insert.
const table = (seqType: string): string => `
CREATE TABLE audit_records (
  seq ${seqType} PRIMARY KEY CHECK (seq > 0),
  at_ms BIGINT NOT NULL,
  kind TEXT NOT NULL,
  repository TEXT NOT NULL,
  pull_number INTEGER NOT NULL,
  head_sha TEXT,
  dedupe_key TEXT UNIQUE,
  event_json TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  recorded_at TEXT NOT NULL
);
CREATE INDEX audit_records_pull_request ON audit_records (repository, pull_number, seq);
CREATE INDEX audit_records_at ON audit_records (at_ms);
`;

/** The audit trail itself: one row per record, the chain fields, the event's canonical JSON and indexed columns. */
export const auditRecordsMigration: Migration = {
  version: 1,
  name: "audit records",
  sqlite: table("INTEGER"),
  postgres: table("BIGINT"),
};
