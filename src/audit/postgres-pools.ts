import pg from "pg";
import { toAuditStoreError } from "./audit-store-error.js";
import { migratePostgres } from "./postgres-migrate.js";
import { redactUrl } from "./redact-url.js";

/** How to open a Postgres audit store. */
export interface PostgresAuditStoreOptions {
  /** A `postgres://` or `postgresql://` URL. */
  connectionString: string;
  /** A schema to keep the audit tables in (created if missing; lower-case letters, digits, `_`); default: the search path. */
  schema?: string;
  /** How long `withLock` waits for a key, and a starting replica for another's migration (default 30 s). */
  lockTimeoutMs?: number;
  /** Connections for appends and queries (default 10). */
  poolSize?: number;
  /** Connections that can hold `withLock` locks at once (default 20). */
  lockPoolSize?: number;
}

/** The two pools of a Postgres store: one for statements, one for connections that hold advisory locks. */
export interface PostgresPools {
  queries: pg.Pool;
  locks: pg.Pool;
  schema: string | undefined;
  /** The URL with its password redacted. */
  location: string;
}

const SCHEMA = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * `openPostgresPools` creates both pools and migrates the schema, failing fast (10 s connect timeout)
 * with AuditStoreError "open audit store: postgres <redacted url>: …" when the server cannot be used.
 * Appends give up rather than hang: 30 s lock timeout, 60 s statement and idle-in-transaction timeouts.
 */
export async function openPostgresPools(options: PostgresAuditStoreOptions): Promise<PostgresPools> {
  const location = redactUrl(options.connectionString);
  let pools: PostgresPools | undefined;
  try {
    if (options.schema !== undefined && !SCHEMA.test(options.schema)) throw new Error(`invalid schema name ${JSON.stringify(options.schema)}`);
    const base: pg.PoolConfig = {
      connectionString: options.connectionString,
      connectionTimeoutMillis: 10_000,
      keepAlive: true,
      application_name: "airlock",
      ...(options.schema === undefined ? {} : { options: `-c search_path=${options.schema}` }),
    };
    const queries = new pg.Pool({ ...base, max: options.poolSize ?? 10, lock_timeout: 30_000, statement_timeout: 60_000, idle_in_transaction_session_timeout: 60_000 });
    const locks = new pg.Pool({ ...base, max: options.lockPoolSize ?? 20 });
    pools = { queries, locks, schema: options.schema, location };
    // An idle pooled connection that breaks (server restart) is discarded by the pool; without a listener
    // the 'error' event would crash the process. The next query reports the outage instead.
    for (const pool of [queries, locks]) pool.on("error", () => undefined);
    await migratePostgres(queries, options.schema, options.lockTimeoutMs ?? 30_000);
    return pools;
  } catch (error) {
    await Promise.all([pools?.queries.end(), pools?.locks.end()]).catch(() => undefined);
    const detail = error instanceof Error && error.message ? error.message : describe(error);
    throw toAuditStoreError("open audit store", new Error(`postgres ${location}: ${detail}`, { cause: error }));
  }
}

function describe(error: unknown): string {
  if (error instanceof AggregateError) return error.errors.map((inner: unknown) => (inner as Error).message).join("; ");
  return String((error as { code?: unknown })?.code ?? error);
}
