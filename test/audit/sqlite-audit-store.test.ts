import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { AuditStore } from "../../src/audit/audit-store.js";
import { openSqliteAuditStore } from "../../src/audit/sqlite-audit-store.js";
import { describeAuditStoreContract, type AuditStoreHarness } from "./audit-store.contract.js";
import { anApproval, anEvaluation } from "./support/audit-events.js";

function sqliteHarness(): AuditStoreHarness {
  let dir = "";
  let file = "";
  let opened: AuditStore[] = [];
  const withDb = <T>(fn: (db: Database.Database) => T): T => {
    const db = new Database(file);
    try {
      return fn(db);
    } finally {
      db.close();
    }
  };
  return {
    async setUp() {
      dir = mkdtempSync(path.join(tmpdir(), "airlock-audit-"));
      file = path.join(dir, "audit.sqlite");
      opened = [];
    },
    async tearDown() {
      await Promise.all(opened.map((store) => store.close()));
      rmSync(dir, { recursive: true, force: true });
    },
    async open(options = {}) {
      const store = openSqliteAuditStore({ path: file, ...options });
      opened.push(store);
      return store;
    },
    async exec(sql) {
      withDb((db) => db.exec(sql));
    },
    async scalar(sql) {
      return withDb((db) => db.prepare(sql).pluck().get());
    },
    dropTriggers: "DROP TRIGGER audit_records_no_update; DROP TRIGGER audit_records_no_delete;",
  };
}

describeAuditStoreContract("SQLite", sqliteHarness());

describe("SQLite audit store", () => {
  it("uses a WAL journal so readers never block the appender", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "airlock-audit-"));
    const file = path.join(dir, "audit.sqlite");
    const store = openSqliteAuditStore({ path: file });
    await store.append(anEvaluation());
    await store.close();
    const db = new Database(file);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("refuses to create a missing file when asked not to, naming the path", () => {
    const missing = path.join(tmpdir(), "airlock-no-such-dir", "audit.sqlite");
    expect(() => openSqliteAuditStore({ path: missing, create: false })).toThrow(`open audit store: sqlite ${missing}: no database file there`);
  });

  it("explains a file that cannot be created", () => {
    expect(() => openSqliteAuditStore({ path: "/nonexistent-airlock-dir/audit.sqlite" })).toThrow(/^open audit store: sqlite \/nonexistent-airlock-dir\/audit.sqlite: .*directory does not exist/);
  });

  it("keeps an in-memory store private to its instance", async () => {
    const one = openSqliteAuditStore({ path: ":memory:" });
    const two = openSqliteAuditStore({ path: ":memory:" });
    await one.append(anEvaluation());
    expect(await two.list({})).toEqual([]);
    await Promise.all([one.close(), two.close()]);
  });

  it("commits appends of one turn together, each on its own: one that fails records nothing and fails alone", async () => {
    const store = openSqliteAuditStore({ path: ":memory:" });
    const results = await Promise.allSettled([
      store.append(anEvaluation()),
      store.append({ kind: "evaluation" } as never),
      store.append(anApproval(), { dedupeKey: "d-1:approval" }),
      store.append(anApproval({ login: "erin" }), { dedupeKey: "d-1:approval" }),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled", "fulfilled"]);
    const [first, , third, fourth] = results.map((r) => (r.status === "fulfilled" ? r.value : undefined));
    expect([first?.record.seq, third?.record.seq]).toEqual([1, 2]);
    expect(fourth).toEqual({ record: third!.record, duplicate: true });
    expect(await store.verify()).toMatchObject({ ok: true, records: 2 });
    await store.close();
  });

  it("keeps state writes and records across a reopen, and records appended just before close", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "airlock-audit-"));
    const file = path.join(dir, "audit.sqlite");
    const store = openSqliteAuditStore({ path: file });
    await store.setState("check:acme/infra@abc", "17:digest");
    const pending = store.append(anEvaluation());
    await store.close();
    expect((await pending).record.seq).toBe(1);
    const again = openSqliteAuditStore({ path: file });
    expect(await again.getState("check:acme/infra@abc")).toBe("17:digest");
    expect(await again.list({})).toHaveLength(1);
    await again.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("lists correctly through more query shapes than it keeps prepared", async () => {
    const store = openSqliteAuditStore({ path: ":memory:" });
    await store.append(anEvaluation());
    for (let limit = 1; limit <= 40; limit += 1) {
      const query = limit % 2 === 0 ? { limit, repository: "acme/infra" } : { limit, pullNumber: 42, afterSeq: 0 };
      expect(await store.list(query)).toHaveLength(1);
    }
    await store.close();
  });
});
