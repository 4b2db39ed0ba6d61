import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AuditStoreError } from "../../src/audit/audit-store-error.js";
import { createAuditStore, DEFAULT_SQLITE_FILE } from "../../src/audit/create-audit-store.js";

describe("createAuditStore", () => {
  let cwd = "";
  beforeEach(() => {
    cwd = mkdtempSync(path.join(tmpdir(), "airlock-factory-"));
  });
  afterEach(() => rmSync(cwd, { recursive: true, force: true }));

  it("opens SQLite at ./airlock.sqlite by default", async () => {
    const store = await createAuditStore({ env: {}, cwd });
    expect(store.engine).toBe("sqlite");
    expect(store.location).toBe(path.join(cwd, DEFAULT_SQLITE_FILE));
    await store.close();
    expect(existsSync(path.join(cwd, "airlock.sqlite"))).toBe(true);
  });

  it("resolves AIRLOCK_DB_PATH against cwd, and treats an empty DATABASE_URL as unset", async () => {
    const store = await createAuditStore({ env: { AIRLOCK_DB_PATH: "data/../audit.db", DATABASE_URL: "" }, cwd });
    expect(store.location).toBe(path.join(cwd, "audit.db"));
    await store.close();
  });

  it("refuses to create the file when create is false", async () => {
    await expect(createAuditStore({ env: {}, cwd, create: false })).rejects.toThrow(/^open audit store: sqlite .*airlock\.sqlite: no database file there$/);
    expect(existsSync(path.join(cwd, "airlock.sqlite"))).toBe(false);
  });

  it("refuses a DATABASE_URL of another engine instead of silently using SQLite, without showing credentials", async () => {
    const opening = createAuditStore({ env: { DATABASE_URL: "mysql://root:hunter2@db/airlock" }, cwd });
    await expect(opening).rejects.toThrow(AuditStoreError);
    await expect(opening).rejects.toThrow(/^open audit store: DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL \(got mysql:\/\/…@db\/airlock\)/);
  });

  it("reports an unreachable Postgres clearly, with the password redacted", async () => {
    const opening = createAuditStore({ env: { DATABASE_URL: "postgresql://airlock:hunter2@127.0.0.1:1/airlock" }, cwd });
    const error = await opening.then(() => undefined, (caught: unknown) => caught as AuditStoreError);
    expect(error).toBeInstanceOf(AuditStoreError);
    expect(error!.message).toMatch(/^open audit store: postgres postgresql:\/\/airlock:\*\*\*@127\.0\.0\.1:1\/airlock: connect ECONNREFUSED/);
    expect(JSON.stringify({ message: error!.message, cause: String(error!.cause), stack: error!.stack })).not.toContain("hunter2");
  });

  it("refuses a lock timeout that is not a positive integer", async () => {
    await expect(createAuditStore({ env: { AIRLOCK_LOCK_TIMEOUT_MS: "soon" }, cwd })).rejects.toThrow(/AIRLOCK_LOCK_TIMEOUT_MS must be a positive integer/);
  });

  it.runIf(process.env["TEST_DATABASE_URL"])("opens Postgres when DATABASE_URL names it", async () => {
    const store = await createAuditStore({ env: { DATABASE_URL: process.env["TEST_DATABASE_URL"], AIRLOCK_DB_SCHEMA: `airlock_factory_${process.pid}` }, cwd });
    try {
      expect(store.engine).toBe("postgres");
      expect(await store.health()).toEqual({ ok: true });
      expect(await store.verify()).toMatchObject({ ok: true });
    } finally {
      await store.close();
      const { default: pg } = await import("pg");
      const admin = new pg.Client({ connectionString: process.env["TEST_DATABASE_URL"] });
      await admin.connect();
      await admin.query(`DROP SCHEMA IF EXISTS airlock_factory_${process.pid} CASCADE`);
      await admin.end();
    }
  });
});
