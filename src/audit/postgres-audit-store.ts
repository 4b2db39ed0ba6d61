import type pg from "pg";
import type { AuditEvent, AuditRecord } from "../model/audit-event.js";
import { AUDIT_ROW_COLUMNS, toAuditRecord, type AuditRow } from "./audit-row.js";
import type { AppendOptions, AppendResult, AuditQuery, AuditStore, HealthResult, VerifyResult } from "./audit-store.js";
import { toAuditStoreError } from "./audit-store-error.js";
import { ChainVerifier } from "./chain-verifier.js";
import { checkDedupeKey, guarded } from "./guarded.js";
import { KeyedMutex, lockTimeout } from "./keyed-mutex.js";
import { listQuerySql } from "./list-query-sql.js";
import { openPostgresPools, type PostgresAuditStoreOptions, type PostgresPools } from "./postgres-pools.js";
import { INTERNAL_LOCK_CLASS, USER_LOCK_CLASS, withSessionLock } from "./postgres-session-lock.js";
import { inTransaction } from "./postgres-transaction.js";
import { planAppend } from "./plan-append.js";

const VERIFY_PAGE = 1000;
const INSERT = `INSERT INTO audit_records
  (seq, at_ms, kind, repository, pull_number, head_sha, dedupe_key, event_json, prev_hash, hash, recorded_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`;

/**
 * `openPostgresAuditStore` connects to Postgres, applies pending migrations (serialised across replicas)
 * and returns a store whose appends are serialised across every replica by a transaction-scoped advisory
 * lock, so the chain stays linear. `withLock` holds a session-level advisory lock on a connection from a
 * separate lock pool (so holders cannot starve appends of connections); a holder that dies loses its
 * session and the lock with it. Session locks need a direct connection or session pooling (not PgBouncer
 * transaction pooling). Throws AuditStoreError "open audit store: …" with the password redacted.
 */
export async function openPostgresAuditStore(options: PostgresAuditStoreOptions): Promise<AuditStore> {
  const pools = await openPostgresPools(options);
  return new PostgresAuditStore(pools, options.lockTimeoutMs ?? 30_000);
}

class PostgresAuditStore implements AuditStore {
  readonly engine = "postgres" as const;
  readonly location: string;
  private closed = false;
  private readonly mutex = new KeyedMutex();

  constructor(
    private readonly pools: PostgresPools,
    private readonly lockTimeoutMs: number,
  ) {
    this.location = pools.location;
  }

  append(event: AuditEvent, options: AppendOptions = {}): Promise<AppendResult> {
    return guarded("append audit event", this.closed, () => {
      checkDedupeKey(options.dedupeKey);
      return inTransaction(this.pools.queries, (client) => this.appendLocked(client, event, options.dedupeKey));
    });
  }

  list(query: AuditQuery): Promise<AuditRecord[]> {
    return guarded("list audit records", this.closed, async () => {
      const sql = listQuerySql(query, (n) => `$${n}`, "postgres");
      if (sql === null) return [];
      const result = await this.pools.queries.query<AuditRow>(sql.text, sql.values);
      return result.rows.map(toAuditRecord);
    });
  }

  verify(): Promise<VerifyResult> {
    return guarded("verify audit chain", this.closed, async () => {
      const verifier = new ChainVerifier();
      const page = `SELECT ${AUDIT_ROW_COLUMNS} FROM audit_records WHERE seq > $1 ORDER BY seq LIMIT $2`;
      for (let afterSeq = 0; ; ) {
        const { rows } = await this.pools.queries.query<AuditRow>(page, [afterSeq, VERIFY_PAGE]);
        for (const row of rows) if (!verifier.check(row)) return verifier.result();
        if (rows.length < VERIFY_PAGE) return verifier.result();
        afterSeq = Number(rows[rows.length - 1]!.seq);
      }
    });
  }

  async withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const action = `acquire lock ${key}`;
    await guarded(action, this.closed, () => undefined);
    const started = Date.now();
    // Waiters in this process queue here first, so only one connection per key waits on the server.
    return this.mutex.run(key, this.lockTimeoutMs, async () => {
      const remaining = this.lockTimeoutMs - (Date.now() - started);
      const lock = { lockClass: USER_LOCK_CLASS, key: `${this.pools.schema ?? ""}:${key}` };
      let entered = false;
      try {
        return await withSessionLock(this.pools.locks, lock, remaining, () => lockTimeout(key, this.lockTimeoutMs), () => {
          entered = true;
          return fn();
        });
      } catch (error) {
        throw entered ? error : toAuditStoreError(action, error);
      }
    });
  }

  getState(key: string): Promise<string | null> {
    return guarded("read audit state", this.closed, async () => {
      const result = await this.pools.queries.query<{ value: string }>("SELECT value FROM audit_state WHERE key = $1", [key]);
      return result.rows[0]?.value ?? null;
    });
  }

  setState(key: string, value: string): Promise<void> {
    return guarded("write audit state", this.closed, async () => {
      await this.pools.queries.query(
        `INSERT INTO audit_state (key, value, updated_at) VALUES ($1, $2, $3)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
        [key, value, new Date().toISOString()],
      );
    });
  }

  async health(): Promise<HealthResult> {
    if (this.closed) return { ok: false, reason: "the audit store is closed" };
    try {
      await this.pools.queries.query("SELECT 1");
      return { ok: true };
    } catch (error) {
      return { ok: false, reason: toAuditStoreError("check audit store", error).message };
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([this.pools.queries.end(), this.pools.locks.end()]);
  }

  private async appendLocked(client: pg.PoolClient, event: AuditEvent, dedupeKey: string | undefined): Promise<AppendResult> {
    await client.query("SELECT pg_advisory_xact_lock($1, hashtext($2::text))", [INTERNAL_LOCK_CLASS, `append:${this.pools.schema ?? ""}`]);
    if (dedupeKey !== undefined) {
      const existing = await client.query<AuditRow>(`SELECT ${AUDIT_ROW_COLUMNS} FROM audit_records WHERE dedupe_key = $1`, [dedupeKey]);
      if (existing.rows[0] !== undefined) return { record: toAuditRecord(existing.rows[0]), duplicate: true };
    }
    const last = await client.query<{ seq: string; hash: string }>("SELECT seq, hash FROM audit_records ORDER BY seq DESC LIMIT 1");
    const previous = last.rows[0] === undefined ? null : { seq: Number(last.rows[0].seq), hash: last.rows[0].hash };
    const planned = planAppend(event, previous);
    const { columns } = planned;
    await client.query(INSERT, [planned.seq, columns.atMs, columns.kind, columns.repository, columns.pullNumber, columns.headSha,
      dedupeKey ?? null, planned.eventJson, planned.prevHash, planned.hash, new Date().toISOString()]);
    return { record: planned.record, duplicate: false };
  }
}
