import { AUDIT_ROW_COLUMNS } from "./audit-row.js";
import type { AuditQuery } from "./audit-store.js";
import { AUDIT_EVENT_KINDS } from "./event-columns.js";
import { parseInstant } from "./parse-instant.js";

/** A parameterised statement: SQL text and its values in placeholder order. */
export interface SqlStatement {
  text: string;
  values: (string | number)[];
}

/**
 * `listQuerySql` builds the SELECT behind `AuditStore.list` for either engine; `placeholder(n)` writes the
 * n-th (1-based) parameter (`?` for SQLite, `$n` for Postgres). Returns null when the query can match
 * nothing (`kinds: []`). Throws a TypeError for an invalid query (bad date, limit, seq or kind), so a
 * typo never silently widens an export.
 */
export function listQuerySql(query: AuditQuery, placeholder: (n: number) => string): SqlStatement | null {
  const where: string[] = [];
  const values: (string | number)[] = [];
  const add = (condition: (p: string) => string, value: string | number): void => {
    values.push(value);
    where.push(condition(placeholder(values.length)));
  };
  if (query.repository !== undefined) add((p) => `repository = ${p}`, query.repository);
  if (query.pullNumber !== undefined) add((p) => `pull_number = ${p}`, integer("pullNumber", query.pullNumber, 1));
  if (query.kinds !== undefined) {
    if (query.kinds.length === 0) return null;
    const marks = query.kinds.map((kind) => {
      if (!AUDIT_EVENT_KINDS.includes(kind)) throw new TypeError(`unknown event kind ${JSON.stringify(kind)}`);
      values.push(kind);
      return placeholder(values.length);
    });
    where.push(`kind IN (${marks.join(", ")})`);
  }
  if (query.since !== undefined) add((p) => `at_ms >= ${p}`, instant("since", query.since));
  if (query.until !== undefined) add((p) => `at_ms < ${p}`, instant("until", query.until));
  if (query.afterSeq !== undefined) add((p) => `seq > ${p}`, integer("afterSeq", query.afterSeq, 0));
  let text = `SELECT ${AUDIT_ROW_COLUMNS} FROM audit_records`;
  if (where.length > 0) text += ` WHERE ${where.join(" AND ")}`;
  text += " ORDER BY seq";
  if (query.limit !== undefined) {
    values.push(integer("limit", query.limit, 1));
    text += ` LIMIT ${placeholder(values.length)}`;
  }
  return { text, values };
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
