import type Database from "better-sqlite3";
import { MIGRATIONS } from "./migrations/migrations.js";
import { SCHEMA_MIGRATIONS_TABLE } from "./migrations/migration.js";

/**
 * `migrateSqlite` brings a SQLite database to the latest audit schema. Each pending migration runs in its
 * own IMMEDIATE transaction together with its `schema_migrations` row, and re-checks that row after taking
 * the write lock, so two processes opening the same file at once apply each migration exactly once.
 */
export function migrateSqlite(db: Database.Database): void {
  db.exec(SCHEMA_MIGRATIONS_TABLE);
  const applied = db.prepare("SELECT 1 FROM schema_migrations WHERE version = ?");
  const record = db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)");
  for (const migration of MIGRATIONS) {
    db.transaction(() => {
      if (applied.get(migration.version) !== undefined) return;
      db.exec(migration.sqlite);
      record.run(migration.version, migration.name, new Date().toISOString());
    }).immediate();
  }
}
