/**
 * One schema change, written for both engines. `version` orders migrations and is recorded in
 * `schema_migrations` once applied; each runs in its own transaction. Never edit a released migration: add
 * a new one.
 */
export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

/** The bookkeeping table both engines create before migrating (plain SQL both understand). */
export const SCHEMA_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;
