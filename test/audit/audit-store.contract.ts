import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AuditStoreError } from "../../src/audit/audit-store-error.js";
import type { AuditStore } from "../../src/audit/audit-store.js";
import { canonicalJson } from "../../src/audit/canonical-json.js";
import { chainHash, GENESIS_HASH } from "../../src/audit/chain-hash.js";
import type { AuditEvent } from "../../src/model/audit-event.js";
import { aMerge, anApproval, anEvaluation, anOverride } from "./support/audit-events.js";

/**
 * What the contract suite needs from one engine. Each test gets a fresh, empty database (`setUp`); every
 * store `open` returns is another instance on that same database, as a second process or replica would be.
 */
export interface AuditStoreHarness {
  setUp(): Promise<void>;
  /** Closes every store opened and removes the database. */
  tearDown(): Promise<void>;
  open(options?: { lockTimeoutMs?: number }): Promise<AuditStore>;
  /** Runs SQL on the database directly, bypassing the store (as an operator or attacker with a SQL client would). */
  exec(sql: string): Promise<void>;
  /** The first column of the first row of a query. */
  scalar(sql: string): Promise<unknown>;
  /** SQL that removes the append-only triggers. */
  dropTriggers: string;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** `describeAuditStoreContract` registers the behaviour every AuditStore implementation must have. */
export function describeAuditStoreContract(name: string, harness: AuditStoreHarness): void {
  describe(`AuditStore contract: ${name}`, () => {
    let store: AuditStore;
    beforeEach(async () => {
      await harness.setUp();
      store = await harness.open();
    });
    afterEach(() => harness.tearDown());

    const appendAll = async (events: AuditEvent[]): Promise<void> => {
      for (const event of events) await store.append(event);
    };

    describe("append and list", () => {
      it("assigns seq from 1 and links each record to the previous one's hash", async () => {
        const first = await store.append(anEvaluation());
        const second = await store.append(anApproval());
        expect(first).toEqual({ duplicate: false, record: { seq: 1, event: anEvaluation(), prevHash: GENESIS_HASH, hash: chainHash(GENESIS_HASH, canonicalJson(anEvaluation())) } });
        expect(second.record.seq).toBe(2);
        expect(second.record.prevHash).toBe(first.record.hash);
        expect(second.record.hash).toBe(chainHash(first.record.hash, canonicalJson(anApproval())));
        expect(await store.list({})).toEqual([first.record, second.record]);
      });

      it("returns records in seq order, filtered by repository, pull request and kind", async () => {
        await appendAll([anEvaluation(), anEvaluation({ repository: "acme/web" }), anApproval(), anEvaluation({ pullNumber: 7 }), aMerge()]);
        const seqs = async (query: Parameters<AuditStore["list"]>[0]): Promise<number[]> => (await store.list(query)).map((record) => record.seq);
        expect(await seqs({ repository: "acme/infra" })).toEqual([1, 3, 4, 5]);
        expect(await seqs({ repository: "acme/infra", pullNumber: 42 })).toEqual([1, 3, 5]);
        expect(await seqs({ kinds: ["approval", "merge"] })).toEqual([3, 5]);
        expect(await seqs({ kinds: [] })).toEqual([]);
      });

      it("filters by time as instants: since inclusive, until exclusive, whatever the offset", async () => {
        await appendAll([
          anApproval({ at: "2026-11-20T23:59:59.999Z" }),
          anApproval({ at: "2026-11-21T00:00:00Z" }),
          anApproval({ at: "2026-11-21T13:00:00+02:00" }),
          anApproval({ at: "2026-11-22T00:00:00.000Z" }),
        ]);
        const seqs = async (since?: string, until?: string): Promise<number[]> =>
          (await store.list({ ...(since ? { since } : {}), ...(until ? { until } : {}) })).map((record) => record.seq);
        expect(await seqs("2026-11-21", "2026-11-22")).toEqual([2, 3]);
        expect(await seqs("2026-11-21T11:00:00Z")).toEqual([3, 4]);
        expect(await seqs(undefined, "2026-11-21T12:00:00+01:00")).toEqual([1, 2]);
      });

      it("finds the newest evaluation with a plan digest of each head, and overrides of a PR, without other records", async () => {
        const OTHER = "b".repeat(40);
        await appendAll([
          anEvaluation({ planDigest: "d-old" }),
          anEvaluation({ headSha: OTHER, planDigest: "d-other" }),
          anEvaluation({ planDigest: "d-new" }),
          anEvaluation(),
          anEvaluation({ planDigest: "" }),
          anEvaluation({ pullNumber: 7, planDigest: "d-elsewhere" }),
          anOverride(),
          anEvaluation({ headSha: OTHER }),
        ]);
        const planned = await store.list({ repository: "acme/infra", pullNumber: 42, kinds: ["evaluation"], withPlanDigest: true, latestPerHead: true });
        expect(planned.map((r) => [r.seq, (r.event as { planDigest?: string }).planDigest])).toEqual([[2, "d-other"], [3, "d-new"]]);
        expect((await store.list({ repository: "acme/infra", pullNumber: 42, latestPerHead: true })).map((r) => r.seq)).toEqual([7, 8]);
        expect((await store.list({ withPlanDigest: true, latestPerHead: true, afterSeq: 2, limit: 1 })).map((r) => r.seq)).toEqual([6]);
        expect((await store.list({ repository: "acme/infra", pullNumber: 42, kinds: ["override"] })).map((r) => r.seq)).toEqual([7]);
      });

      it("pages with afterSeq and limit", async () => {
        await appendAll([anApproval(), anApproval(), anApproval(), anApproval(), anApproval()]);
        expect((await store.list({ afterSeq: 1, limit: 2 })).map((record) => record.seq)).toEqual([2, 3]);
        expect((await store.list({ afterSeq: 4, limit: 2 })).map((record) => record.seq)).toEqual([5]);
      });

      it("rejects a malformed query instead of widening it", async () => {
        await expect(store.list({ since: "21/11/2026" })).rejects.toThrow(AuditStoreError);
        await expect(store.list({ since: "2026-02-30" })).rejects.toThrow(/since/);
        await expect(store.list({ limit: 0 })).rejects.toThrow(/limit/);
      });

      it("refuses an event without a valid time and records nothing", async () => {
        await store.append(anApproval());
        await expect(store.append(anApproval({ at: "yesterday" }))).rejects.toThrow(/append audit event: .*at is not an ISO 8601 instant/);
        await expect(store.append(anApproval({ pullNumber: 0 }))).rejects.toThrow(AuditStoreError);
        expect(await store.verify()).toMatchObject({ ok: true, records: 1 });
      });
    });

    describe("dedupe", () => {
      it("records a dedupe key once and returns the first record for the second append", async () => {
        const first = await store.append(anEvaluation(), { dedupeKey: "delivery-1:evaluation" });
        const again = await store.append(anEvaluation({ at: "2026-11-21T12:05:00Z" }), { dedupeKey: "delivery-1:evaluation" });
        const other = await store.append(anEvaluation(), { dedupeKey: "delivery-2:evaluation" });
        expect(again).toEqual({ record: first.record, duplicate: true });
        expect(other).toMatchObject({ duplicate: false, record: { seq: 2 } });
        expect(await store.list({})).toHaveLength(2);
      });

      it("records a key once when two instances append it at the same time", async () => {
        const other = await harness.open();
        const results = await Promise.all([
          store.append(anApproval(), { dedupeKey: "same" }),
          other.append(anApproval(), { dedupeKey: "same" }),
          store.append(anApproval(), { dedupeKey: "same" }),
          other.append(anApproval(), { dedupeKey: "same" }),
        ]);
        expect(results.filter((result) => !result.duplicate)).toHaveLength(1);
        expect(new Set(results.map((result) => result.record.hash)).size).toBe(1);
        expect(await store.list({})).toHaveLength(1);
      });
    });

    describe("verify", () => {
      it("reports an intact chain with its record count and head", async () => {
        expect(await store.verify()).toEqual({ ok: true, records: 0, head: null });
        await appendAll([anEvaluation(), anApproval(), aMerge()]);
        const last = (await store.list({})).at(-1)!;
        expect(await store.verify()).toEqual({ ok: true, records: 3, head: { seq: 3, hash: last.hash } });
      });

      it("refuses UPDATE and DELETE of audit records in the database itself", async () => {
        await appendAll([anEvaluation(), anApproval()]);
        await expect(harness.exec("UPDATE audit_records SET event_json = '{}' WHERE seq = 1")).rejects.toThrow(/append-only/);
        await expect(harness.exec("DELETE FROM audit_records WHERE seq = 2")).rejects.toThrow(/append-only/);
        expect(await store.verify()).toMatchObject({ ok: true, records: 2 });
      });

      it("finds a record whose JSON was edited with SQL once the trigger is gone", async () => {
        await appendAll([anEvaluation(), anApproval(), aMerge()]);
        await harness.exec(harness.dropTriggers);
        await harness.exec("UPDATE audit_records SET event_json = replace(event_json, '\"carol\"', '\"mallory\"') WHERE seq = 2");
        expect(await harness.scalar("SELECT event_json FROM audit_records WHERE seq = 2")).toContain("mallory");
        expect(await store.verify()).toMatchObject({ ok: false, seq: 2, reason: expect.stringMatching(/^hash mismatch/) });
      });

      it("finds a deleted record as a gap", async () => {
        await appendAll([anEvaluation(), anApproval(), anOverride(), aMerge()]);
        await harness.exec(harness.dropTriggers);
        await harness.exec("DELETE FROM audit_records WHERE seq = 2");
        expect(await store.verify()).toMatchObject({ ok: false, seq: 2, reason: expect.stringMatching(/^gap: record 2 is missing/) });
      });

      it("finds an edited record whose hash was recomputed, at the next record's link", async () => {
        await appendAll([anEvaluation(), anApproval(), aMerge()]);
        const [, second] = await store.list({});
        const forged = canonicalJson(anApproval({ login: "mallory" }));
        await harness.exec(harness.dropTriggers);
        await harness.exec(`UPDATE audit_records SET event_json = '${forged}', hash = '${chainHash(second!.prevHash, forged)}' WHERE seq = 2`);
        expect(await store.verify()).toMatchObject({ ok: false, seq: 3, reason: expect.stringMatching(/^link mismatch/) });
      });

      it("finds a record moved to another pull request by editing only its columns", async () => {
        await appendAll([anEvaluation(), anApproval()]);
        await harness.exec(harness.dropTriggers);
        await harness.exec("UPDATE audit_records SET pull_number = 7 WHERE seq = 2");
        expect(await store.verify()).toMatchObject({ ok: false, seq: 2, reason: expect.stringMatching(/columns disagree.*pull_number/) });
      });
    });

    describe("several instances on one database", () => {
      it("migrates idempotently: a second instance opens the same data", async () => {
        await store.append(anEvaluation());
        const again = await harness.open();
        expect(await again.list({})).toHaveLength(1);
        expect(Number(await harness.scalar("SELECT count(*) FROM schema_migrations"))).toBe(4);
        expect(await again.verify()).toMatchObject({ ok: true, records: 1 });
      });

      it("keeps one linear chain when two instances append concurrently", async () => {
        const other = await harness.open();
        const appends = Array.from({ length: 50 }, (_, index) => [
          store.append(anApproval({ login: `a${index}` })),
          other.append(anApproval({ login: `b${index}` })),
        ]).flat();
        const results = await Promise.all(appends);
        expect(new Set(results.map((result) => result.record.seq)).size).toBe(100);
        expect(await other.verify()).toMatchObject({ ok: true, records: 100 });
        expect(await store.list({})).toHaveLength(100);
      });

      it("withLock excludes holders of the same key across instances", async () => {
        const other = await harness.open();
        const log: string[] = [];
        let firstEntered: () => void = () => undefined;
        const entered = new Promise<void>((resolve) => (firstEntered = resolve));
        const first = store.withLock("acme/infra#42", async () => {
          log.push("first in");
          firstEntered();
          await sleep(150);
          log.push("first out");
          return "first";
        });
        await entered;
        const second = other.withLock("acme/infra#42", async () => {
          log.push("second in");
          return "second";
        });
        expect(await Promise.all([first, second])).toEqual(["first", "second"]);
        expect(log).toEqual(["first in", "first out", "second in"]);
      });

      it("withLock holds different keys at the same time", async () => {
        const other = await harness.open({ lockTimeoutMs: 2_000 });
        const nested = store.withLock("acme/infra#1", () => other.withLock("acme/infra#2", async () => "both held"));
        await expect(nested).resolves.toBe("both held");
      });

      it("withLock gives up with AuditStoreError when the holder keeps the key, without running fn", async () => {
        const impatient = await harness.open({ lockTimeoutMs: 200 });
        let release: () => void = () => undefined;
        let holding: () => void = () => undefined;
        const entered = new Promise<void>((resolve) => (holding = resolve));
        const held = store.withLock("acme/infra#42", () => new Promise<void>((resolve) => {
          release = resolve;
          holding();
        }));
        await entered;
        let ran = false;
        const started = Date.now();
        await expect(impatient.withLock("acme/infra#42", async () => void (ran = true))).rejects.toThrow(/acquire lock acme\/infra#42: timed out/);
        expect(Date.now() - started).toBeLessThan(5_000);
        expect(ran).toBe(false);
        release();
        await held;
        await expect(impatient.withLock("acme/infra#42", async () => "now")).resolves.toBe("now");
      });
    });

    describe("withLock", () => {
      it("returns fn's value, passes fn's error through unchanged and releases the key after it", async () => {
        const failure = new Error("publish failed");
        await expect(store.withLock("k", async () => 42)).resolves.toBe(42);
        await expect(store.withLock("k", async () => { throw failure; })).rejects.toBe(failure);
        await expect(store.withLock("k", async () => "again")).resolves.toBe("again");
      });
    });

    describe("state", () => {
      it("stores small values outside the chain", async () => {
        expect(await store.getState("check-run:acme/infra#42")).toBeNull();
        await store.setState("check-run:acme/infra#42", "111");
        await store.setState("check-run:acme/infra#42", "222");
        const other = await harness.open();
        expect(await other.getState("check-run:acme/infra#42")).toBe("222");
        expect(await store.verify()).toEqual({ ok: true, records: 0, head: null });
      });
    });

    describe("when the store is down", () => {
      it("rejects every operation with AuditStoreError after close, and health says so", async () => {
        expect(await store.health()).toEqual({ ok: true });
        await store.close();
        await store.close();
        const append = store.append(anEvaluation());
        await expect(append).rejects.toThrow(AuditStoreError);
        await expect(append).rejects.toThrow(/^append audit event: the audit store is closed$/);
        await expect(store.list({})).rejects.toThrow(AuditStoreError);
        await expect(store.withLock("k", async () => 1)).rejects.toThrow(AuditStoreError);
        await expect(store.setState("k", "v")).rejects.toThrow(AuditStoreError);
        expect(await store.health()).toMatchObject({ ok: false });
      });
    });
  });
}
