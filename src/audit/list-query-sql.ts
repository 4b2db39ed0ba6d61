import { AUDIT_ROW_COLUMNS } from "./audit-row.js";
import type { AuditQuery } from "./audit-store.js";
import { AUDIT_EVENT_KINDS } from "./event-columns.js";
import { parseInstant } from "./parse-instant.js";

/** A parameterised statement: SQL text and its values in placeholder order. */
export interface SqlStatement {
  text: string;
  values: (string | number)[];
}

/** The SQL dialect a statement is written in. */
export type SqlDialect = "sqlite" | "postgres";

/**
 * The condition of `withPlanDigest`, word for word the predicate of the partial index
 * `audit_records_plan_digest` (migration 4), so both engines answer it from that index.
 */
export function planDigestCondition(dialect: SqlDialect): string {
  const digest = dialect === "sqlite" ? "json_extract(event_json, '$.planDigest')" : "(event_json::jsonb ->> 'planDigest')";
  return `kind = 'evaluation' AND ${digest} <> ''`;
}

/**
 * `listQuerySql` builds the SELECT behind `AuditStore.list` for either engine; `placeholder(n)` writes the
 * n-th (1-based) parameter (`?` for SQLite, `$n` for Postgres) and `dialect` (default SQLite) the JSON access
 * of `withPlanDigest`. Returns null when the query can match nothing (`kinds: []`). Throws a TypeError for an
 * invalid query (bad date, limit, seq or kind), so a typo never silently widens an export.
 */
export function listQuerySql(query: AuditQuery, placeholder: (n: number) => string, dialect: SqlDialect = "sqlite"): SqlStatement | null {
  if (query.kinds !== undefined && query.kinds.length === 0) return null;
  const values: (string | number)[] = [];
  const bind = (value: string | number): string => {
    values.push(value);
    return placeholder(values.length);
  };
  const where = filters(query, bind, dialect);
  if (query.latestPerHead) {
    where.push("head_sha IS NOT NULL");
    const inner = [...filters(query, bind, dialect), "head_sha IS NOT NULL"];
    where.push(`seq IN (SELECT MAX(seq) FROM audit_records WHERE ${inner.join(" AND ")} GROUP BY head_sha)`);
  }
  if (query.afterSeq !== undefined) where.push(`seq > ${bind(integer("afterSeq", query.afterSeq, 0))}`);
  let text = `SELECT ${AUDIT_ROW_COLUMNS} FROM audit_records`;
  if (where.length > 0) text += ` WHERE ${where.join(" AND ")}`;
  text += " ORDER BY seq";
  if (query.limit !== undefined) text += ` LIMIT ${bind(integer("limit", query.limit, 1))}`;
  return { text, values };
}

/** The conditions of every filter but `afterSeq`, `limit` and `latestPerHead`, binding values through `bind`. */
function filters(query: AuditQuery, bind: (value: string | number) => string, dialect: SqlDialect): string[] {
  const where: string[] = [];
  if (query.repository !== undefined) where.push(`repository = ${bind(query.repository)}`);
  if (query.pullNumber !== undefined) where.push(`pull_number = ${bind(integer("pullNumber", query.pullNumber, 1))}`);
  if (query.kinds !== undefined) {
    const marks = query.kinds.map((kind) => {
      if (!AUDIT_EVENT_KINDS.includes(kind)) throw new TypeError(`unknown event kind ${JSON.stringify(kind)}`);
      return bind(kind);
    });
    where.push(`kind IN (${marks.join(", ")})`);
  }
  if (query.since !== undefined) where.push(`at_ms >= ${bind(instant("since", query.since))}`);
  if (query.until !== undefined) where.push(`at_ms < ${bind(instant("until", query.until))}`);
  if (query.withPlanDigest) where.push(planDigestCondition(dialect));
  return where;
}

function instant(name: string, text: string): number {
  const ms = parseInstant(text, { allowDate: true });
  if (Number.isNaN(ms)) throw new TypeError(`${name} is not an ISO 8601 date or date-time with a zone: ${JSON.stringify(text)}`);
  return ms;
}

function integer(name: string, value: number, min: number): number {
  if (!Number.isSafeInteger(value) || value < min) throw new TypeError(`${name} must be an integer ≥ ${min}, got ${value}`);
  return value;
}
