import type { AuditStore } from "../../audit/audit-store.js";
import { createAuditStore } from "../../audit/create-audit-store.js";
import { CliUsageError } from "../cli-error.js";

/** Where the CLI finds the audit store: the environment and working directory, and the `--database` override. */
export interface CliStoreSource {
  env: Record<string, string | undefined>;
  cwd: string;
  database: string | undefined;
}

/**
 * `withCliStore` opens the audit store for a read-only command, runs fn and always closes the store.
 * `--database` wins over the environment: a `postgres://`/`postgresql://` URL selects Postgres, anything
 * else is a SQLite file path. A missing SQLite file is an error (AuditStoreError), never a fresh empty trail.
 */
export async function withCliStore<T>(source: CliStoreSource, fn: (store: AuditStore) => Promise<T>): Promise<T> {
  const store = await createAuditStore({ env: storeEnv(source), cwd: source.cwd, create: false });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

function storeEnv({ env, database }: CliStoreSource): Record<string, string | undefined> {
  if (database === undefined) return env;
  if (database.trim() === "") throw new CliUsageError("--database needs a postgres:// URL or a SQLite file path");
  if (/^postgres(ql)?:\/\//i.test(database)) return { ...env, DATABASE_URL: database };
  return { ...env, DATABASE_URL: undefined, AIRLOCK_DB_PATH: database };
}
