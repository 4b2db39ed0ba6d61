import type pg from "pg";
import { MIGRATIONS } from "./migrations/migrations.js";
import { SCHEMA_MIGRATIONS_TABLE } from "./migrations/migration.js";
import { INTERNAL_LOCK_CLASS, withSessionLock } from "./postgres-session-lock.js";

const MIGRATE_LOCK = { lockClass: INTERNAL_LOCK_CLASS, key: "migrate" };

/**
 * `migratePostgres` brings the database (and `schema`, created if missing) to the latest audit schema.
 * It holds an advisory lock for the whole run, so replicas starting at once migrate one after another and
 * the later ones find nothing to do; each migration commits in one transaction with its
 * `schema_migrations` row. Waits at most `timeoutMs` for another replica's migration.
 */
export async function migratePostgres(pool: pg.Pool, schema: string | undefined, timeoutMs: number): Promise<void> {
  const timedOut = (): Error => new Error(`another process has been migrating for over ${timeoutMs} ms`);
  await withSessionLock(pool, MIGRATE_LOCK, timeoutMs, timedOut, async (client) => {
    if (schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await client.query(SCHEMA_MIGRATIONS_TABLE);
    const done = await client.query<{ version: number }>("SELECT version FROM schema_migrations");
    const applied = new Set(done.rows.map((row) => Number(row.version)));
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      await client.query("BEGIN");
      try {
        await client.query(migration.postgres);
        await client.query("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)", [
          migration.version,
          migration.name,
          new Date().toISOString(),
        ]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`migration ${migration.version} (${migration.name}): ${(error as Error).message}`, { cause: error });
      }
    }
  });
}
