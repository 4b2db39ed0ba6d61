import type Database from "better-sqlite3";
import { AUDIT_ROW_COLUMNS } from "./audit-row.js";

/** The prepared statements a SQLite audit store reuses on every call. */
export interface SqliteStatements {
  last: Database.Statement;
  byDedupeKey: Database.Statement;
  insert: Database.Statement;
  page: Database.Statement;
  getState: Database.Statement;
  setState: Database.Statement;
  /** Commit without fsync (WAL: the commit is in the log, synced by the next FULL commit or checkpoint). */
  syncNormal: Database.Statement;
  /** Back to an fsync on every commit, the store's default. */
  syncFull: Database.Statement;
}

/** `sqliteStatements` prepares them once the schema is migrated. */
export function sqliteStatements(db: Database.Database): SqliteStatements {
  return {
    last: db.prepare("SELECT seq, hash FROM audit_records ORDER BY seq DESC LIMIT 1"),
    byDedupeKey: db.prepare(`SELECT ${AUDIT_ROW_COLUMNS} FROM audit_records WHERE dedupe_key = ?`),
    insert: db.prepare(`INSERT INTO audit_records
      (seq, at_ms, kind, repository, pull_number, head_sha, dedupe_key, event_json, prev_hash, hash, recorded_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    page: db.prepare(`SELECT ${AUDIT_ROW_COLUMNS} FROM audit_records WHERE seq > ? ORDER BY seq LIMIT ?`),
    getState: db.prepare("SELECT value FROM audit_state WHERE key = ?"),
    setState: db.prepare(`INSERT INTO audit_state (key, value, updated_at) VALUES (?, ?, ?)
      ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`),
    syncNormal: db.prepare("PRAGMA synchronous = NORMAL"),
    syncFull: db.prepare("PRAGMA synchronous = FULL"),
  };
}
