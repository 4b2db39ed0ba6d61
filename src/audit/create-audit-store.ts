import { resolve } from "node:path";
import type { AuditStore } from "./audit-store.js";
import { AuditStoreError } from "./audit-store-error.js";
import { openPostgresAuditStore } from "./postgres-audit-store.js";
import { redactUrl } from "./redact-url.js";
import { openSqliteAuditStore } from "./sqlite-audit-store.js";

/** What `createAuditStore` reads: the process environment (or a test's) and the directory relative paths start from. */
export interface CreateAuditStoreOptions {
  env: Record<string, string | undefined>;
  cwd: string;
  /** Create a missing SQLite file (default true). Read-only commands pass false, so a typo is an error, not an empty trail. */
  create?: boolean;
}

/** The file SQLite uses when neither DATABASE_URL nor AIRLOCK_DB_PATH is set, relative to `cwd`. */
export const DEFAULT_SQLITE_FILE = "airlock.sqlite";

/**
 * `createAuditStore` opens the audit store the environment names, migrated and ready:
 * - `DATABASE_URL=postgres://…` (or `postgresql://…`): Postgres; `AIRLOCK_DB_SCHEMA` optionally names a schema;
 * - otherwise SQLite at `AIRLOCK_DB_PATH` (relative to `cwd`; `:memory:` allowed), default `./airlock.sqlite`.
 * `AIRLOCK_LOCK_TIMEOUT_MS` bounds how long `withLock` waits (default 30000). Any other DATABASE_URL
 * scheme is refused rather than silently falling back to SQLite. Throws AuditStoreError
 * "open audit store: …" whose message never contains a password.
 */
export async function createAuditStore(options: CreateAuditStoreOptions): Promise<AuditStore> {
  const { env } = options;
  const lockTimeoutMs = readTimeout(env["AIRLOCK_LOCK_TIMEOUT_MS"]);
  const url = env["DATABASE_URL"]?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//i.test(url)) {
      const shown = redactUrl(url).replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@]*@/i, "$1…@");
      throw new AuditStoreError("open audit store", `DATABASE_URL must be a postgres:// or postgresql:// URL (got ${shown}); unset it to use SQLite`);
    }
    const schema = env["AIRLOCK_DB_SCHEMA"]?.trim() || undefined;
    return openPostgresAuditStore({ connectionString: url, schema, lockTimeoutMs });
  }
  const file = env["AIRLOCK_DB_PATH"]?.trim() || DEFAULT_SQLITE_FILE;
  const path = file === ":memory:" ? file : resolve(options.cwd, file);
  return openSqliteAuditStore({ path, create: options.create ?? true, lockTimeoutMs });
}

function readTimeout(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === "") return undefined;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new AuditStoreError("open audit store", `AIRLOCK_LOCK_TIMEOUT_MS must be a positive integer of milliseconds, got ${JSON.stringify(text)}`);
  }
  return value;
}
