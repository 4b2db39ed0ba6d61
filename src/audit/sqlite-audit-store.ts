import { existsSync } from "node:fs";
import { resolve } from "node:path";
import Database from "better-sqlite3";
import type { AuditEvent, AuditRecord } from "../model/audit-event.js";
import { toAuditRecord, type AuditRow } from "./audit-row.js";
import type { AppendOptions, AppendResult, AuditQuery, AuditStore, HealthResult, VerifyResult } from "./audit-store.js";
import { toAuditStoreError } from "./audit-store-error.js";
import { ChainVerifier } from "./chain-verifier.js";
import { GroupCommit, type GroupOutcome } from "./group-commit.js";
import { checkDedupeKey, guarded } from "./guarded.js";
import { KeyedMutex, sharedKeyedMutex } from "./keyed-mutex.js";
import { listQuerySql } from "./list-query-sql.js";
import { planAppend } from "./plan-append.js";
import { sqliteStatements, type SqliteStatements } from "./sqlite-statements.js";
import { migrateSqlite } from "./sqlite-migrate.js";

/** How to open a SQLite audit store. */
export interface SqliteAuditStoreOptions {
  /** A file path (relative paths resolve against the process's working directory), or `:memory:` for a private in-memory database. */
  path: string;
  /** Create the file when it is missing (default true); false makes opening a missing file an error. */
  create?: boolean;
  /** How long `withLock` waits for a key before rejecting (default 30 s). */
  lockTimeoutMs?: number;
}

const VERIFY_PAGE = 1000;
/** Distinct `list` query shapes whose prepared statements are kept (the app uses a handful). */
const LIST_STATEMENTS = 32;

/**
 * `openSqliteAuditStore` opens (creating unless `create: false`) a SQLite audit store: WAL journal, full
 * fsync on commit of every audit record (a record must survive a crash, the machine's too, once append
 * resolved), a 5 s busy timeout, and migrations applied on open. Appends run in IMMEDIATE transactions, so
 * the chain stays linear even if several processes share the file; appends made in the same turn of the
 * event loop share one transaction and one fsync (each in a savepoint of its own, so one that fails records
 * nothing and does not fail the others; each resolves only once committed). `withLock`, however, only
 * excludes within this process (SQLite deployments are single-process; use Postgres for replicas). Writes of
 * the key-value state (`setState`, hints such as check-run ids, not part of the chain) commit without their
 * own fsync (`synchronous = NORMAL` for that one statement): they survive a crash of the process at once, and
 * one of the machine once the next audit append (whose fsync covers the whole log) or a checkpoint has run;
 * losing one costs GitHub requests later, never an audit record. Throws AuditStoreError "open audit store: …".
 */
export function openSqliteAuditStore(options: SqliteAuditStoreOptions): AuditStore {
  const file = options.path === ":memory:" ? options.path : resolve(options.path);
  let db: Database.Database | undefined;
  try {
    if (options.create === false && file !== ":memory:" && !existsSync(file)) throw new Error("no database file there");
    db = new Database(file, { fileMustExist: options.create === false });
    if (file !== ":memory:") db.pragma("journal_mode = WAL");
    db.pragma("synchronous = FULL");
    db.pragma("busy_timeout = 5000");
    migrateSqlite(db);
    // Every store on the same file in this process shares one lock table, so withLock excludes across them.
    const mutex = file === ":memory:" ? new KeyedMutex() : sharedKeyedMutex(`sqlite:${file}`);
    return new SqliteAuditStore(db, file, mutex, options.lockTimeoutMs ?? 30_000);
  } catch (error) {
    db?.close();
    throw toAuditStoreError("open audit store", new Error(`sqlite ${file}: ${(error as Error).message}`, { cause: error }));
  }
}

class SqliteAuditStore implements AuditStore {
  readonly engine = "sqlite" as const;
  private closed = false;
  private readonly statements: SqliteStatements;
  /** Prepared `list` statements by SQL text, oldest first (bounded by LIST_STATEMENTS). */
  private readonly listStatements = new Map<string, Database.Statement>();
  /** Appends submitted in one event-loop turn, committed in one IMMEDIATE transaction (one fsync). */
  private readonly appends: GroupCommit<{ event: AuditEvent; dedupeKey: string | undefined }, AppendResult>;

  constructor(
    private readonly db: Database.Database,
    readonly location: string,
    private readonly mutex: KeyedMutex,
    private readonly lockTimeoutMs: number,
  ) {
    this.statements = sqliteStatements(db);
    // Inside `group`, each append is a nested transaction (a savepoint): one that fails rolls back alone.
    const one = db.transaction((event: AuditEvent, dedupeKey: string | undefined) => this.appendNow(event, dedupeKey));
    const group = db.transaction((items: { event: AuditEvent; dedupeKey: string | undefined }[]): GroupOutcome<AppendResult>[] =>
      items.map(({ event, dedupeKey }) => {
        try {
          return { ok: true, value: one(event, dedupeKey) };
        } catch (error) {
          return { ok: false, error };
        }
      }),
    );
    this.appends = new GroupCommit((items) => group.immediate(items));
  }

  append(event: AuditEvent, options: AppendOptions = {}): Promise<AppendResult> {
    return guarded("append audit event", this.closed, () => {
      checkDedupeKey(options.dedupeKey);
      return this.appends.submit({ event, dedupeKey: options.dedupeKey });
    });
  }

  list(query: AuditQuery): Promise<AuditRecord[]> {
    return guarded("list audit records", this.closed, () => {
      const sql = listQuerySql(query, () => "?");
      if (sql === null) return [];
      return (this.listStatement(sql.text).all(...sql.values) as AuditRow[]).map(toAuditRecord);
    });
  }

  verify(): Promise<VerifyResult> {
    return guarded("verify audit chain", this.closed, async () => {
      const verifier = new ChainVerifier();
      for (let afterSeq = 0; ; ) {
        const rows = this.statements.page.all(afterSeq, VERIFY_PAGE) as AuditRow[];
        for (const row of rows) if (!verifier.check(row)) return verifier.result();
        if (rows.length < VERIFY_PAGE) return verifier.result();
        afterSeq = Number(rows[rows.length - 1]!.seq);
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    });
  }

  async withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
    await guarded(`acquire lock ${key}`, this.closed, () => undefined);
    return this.mutex.run(key, this.lockTimeoutMs, fn);
  }

  getState(key: string): Promise<string | null> {
    return guarded("read audit state", this.closed, () => {
      const row = this.statements.getState.get(key) as { value: string } | undefined;
      return row?.value ?? null;
    });
  }

  setState(key: string, value: string): Promise<void> {
    return guarded("write audit state", this.closed, () => {
      this.statements.syncNormal.run();
      try {
        this.statements.setState.run(key, value, new Date().toISOString());
      } finally {
        this.statements.syncFull.run();
      }
    });
  }

  async health(): Promise<HealthResult> {
    if (this.closed) return { ok: false, reason: "the audit store is closed" };
    try {
      this.db.prepare("SELECT 1").get();
      return { ok: true };
    } catch (error) {
      return { ok: false, reason: toAuditStoreError("check audit store", error).message };
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.appends.flush();
    this.db.close();
  }

  private listStatement(text: string): Database.Statement {
    let statement = this.listStatements.get(text);
    if (statement === undefined) {
      statement = this.db.prepare(text);
      if (this.listStatements.size >= LIST_STATEMENTS) this.listStatements.delete(this.listStatements.keys().next().value!);
      this.listStatements.set(text, statement);
    }
    return statement;
  }

  private appendNow(event: AuditEvent, dedupeKey: string | undefined): AppendResult {
    if (dedupeKey !== undefined) {
      const existing = this.statements.byDedupeKey.get(dedupeKey) as AuditRow | undefined;
      if (existing !== undefined) return { record: toAuditRecord(existing), duplicate: true };
    }
    const last = this.statements.last.get() as { seq: number; hash: string } | undefined;
    const planned = planAppend(event, last === undefined ? null : { seq: Number(last.seq), hash: last.hash });
    const { columns } = planned;
    this.statements.insert.run(planned.seq, columns.atMs, columns.kind, columns.repository, columns.pullNumber, columns.headSha,
      dedupeKey ?? null, planned.eventJson, planned.prevHash, planned.hash, new Date().toISOString());
    return { record: planned.record, duplicate: false };
  }
}

