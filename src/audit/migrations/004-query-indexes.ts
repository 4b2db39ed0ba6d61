import type { Migration } from "./migration.js";

// The partial index's predicate must match, word for word, `planDigestCondition` in list-query-sql.ts: the
// planners use a partial index only for a query whose WHERE clause contains its predicate.
const indexes = (digest: string): string => `
CREATE INDEX audit_records_pull_request_kind ON audit_records (repository, pull_number, kind, seq);
CREATE INDEX audit_records_repository_kind ON audit_records (repository, kind, at_ms);
CREATE INDEX audit_records_plan_digest ON audit_records (repository, pull_number, head_sha, seq)
  WHERE kind = 'evaluation' AND ${digest} <> '';
`;

/**
 * Indexes for the queries every evaluation runs (audit-facts.ts), so none reads a PR's or a repository's
 * whole history: a PR's records of some kinds (overrides), a repository's records of a kind in a time window
 * (merges), and the newest evaluation with a plan digest per head SHA of a PR (a partial index holding only
 * evaluations that recorded a plan).
 */
export const queryIndexesMigration: Migration = {
  version: 4,
  name: "query indexes",
  sqlite: indexes("json_extract(event_json, '$.planDigest')"),
  postgres: indexes("(event_json::jsonb ->> 'planDigest')"),
};
