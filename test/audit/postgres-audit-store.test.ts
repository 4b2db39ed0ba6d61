import pg from "pg";
import { describe, expect, it } from "vitest";
import type { AuditStore } from "../../src/audit/audit-store.js";
import { openPostgresAuditStore } from "../../src/audit/postgres-audit-store.js";
import { USER_LOCK_CLASS } from "../../src/audit/postgres-session-lock.js";
import { describeAuditStoreContract, type AuditStoreHarness } from "./audit-store.contract.js";

// Runs when TEST_DATABASE_URL names a Postgres server (scripts/postgres.sh start prints one). Under CI=true a
// missing URL is a failure, not a skip: CI must exercise the engine production uses.
const url = process.env["TEST_DATABASE_URL"];
let schemaCounter = 0;

/** Opens a raw client on the test database, with `schema` first on its search path. */
async function rawClient(schema: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
  await client.connect();
  return client;
}

function postgresHarness(): AuditStoreHarness {
  let schema = "";
  let opened: AuditStore[] = [];
  let admin: pg.Client | undefined;
  return {
    async setUp() {
      schema = `airlock_test_${process.pid}_${++schemaCounter}`;
      opened = [];
      admin = await rawClient(schema);
    },
    async tearDown() {
      await Promise.all(opened.map((store) => store.close()));
      await admin!.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin!.end();
    },
    async open(options = {}) {
      const store = await openPostgresAuditStore({ connectionString: url!, schema, ...options });
      opened.push(store);
      return store;
    },
    async exec(sql) {
      await admin!.query(sql);
    },
    async scalar(sql) {
      const result = await admin!.query({ text: sql, rowMode: "array" });
      return (result.rows[0] as unknown[] | undefined)?.[0];
    },
    dropTriggers: "DROP TRIGGER audit_records_append_only ON audit_records",
  };
}

if (url) {
  describeAuditStoreContract("Postgres", postgresHarness());

  describe("Postgres audit store", () => {
    const harness = postgresHarness();

    it("lets two replicas that start at once migrate without error, once", async () => {
      await harness.setUp();
      try {
        const stores = await Promise.all([harness.open(), harness.open(), harness.open()]);
        expect(stores).toHaveLength(3);
        expect(Number(await harness.scalar("SELECT count(*) FROM schema_migrations"))).toBe(4);
      } finally {
        await harness.tearDown();
      }
    });

    it("refuses TRUNCATE of the audit records", async () => {
      await harness.setUp();
      try {
        await harness.open();
        await expect(harness.exec("TRUNCATE audit_records")).rejects.toThrow(/append-only: TRUNCATE refused/);
      } finally {
        await harness.tearDown();
      }
    });

    it("withLock waits for a holder in another process, and gets the lock once that process dies", async () => {
      await harness.setUp();
      const schema = `airlock_test_${process.pid}_${schemaCounter}`;
      const holder = await rawClient(schema);
      try {
        const store = await harness.open({ lockTimeoutMs: 10_000 });
        await holder.query("SELECT pg_advisory_lock($1, hashtext($2::text))", [USER_LOCK_CLASS, `${schema}:acme/infra#42`]);
        let entered = false;
        const waiting = store.withLock("acme/infra#42", async () => (entered = true));
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(entered).toBe(false);
        await holder.end();
        await waiting;
        expect(entered).toBe(true);
      } finally {
        await holder.end().catch(() => undefined);
        await harness.tearDown();
      }
    });
  });
} else if (process.env["CI"] === "true") {
  describe("Postgres audit store", () => {
    it("needs TEST_DATABASE_URL under CI", () => {
      expect.fail("TEST_DATABASE_URL is not set: CI must start Postgres (export TEST_DATABASE_URL=$(scripts/postgres.sh start))");
    });
  });
} else {
  describe.skip("Postgres audit store (set TEST_DATABASE_URL, e.g. from scripts/postgres.sh start)", () => {
    it("runs the contract against Postgres", () => undefined);
  });
}
