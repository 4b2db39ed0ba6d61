/**
 * The load test at CI size: a few hundred signed webhooks, concurrently, through the real HTTP server to
 * Airlock, which runs in a process of its own (forked through tsx) and calls a fake GitHub served over HTTP
 * from this process. Asserts correctness only (speed is measured by `npm run bench`, not here).
 */
import { describe, expect, it } from "vitest";
import { runLoadTest } from "../../bench/load-test.js";

const DELIVERIES = 300;

describe("load test (CI size)", () => {
  it("answers every delivery with 200, leaves one completed check run per PR head, an intact audit chain and no held locks", async () => {
    const r = await runLoadTest({ target: "airlock", deliveries: DELIVERIES, concurrency: 20, pulls: 40, block: 100, timeBudgetMs: 240_000 });

    expect(r.tally.failures).toEqual([]);
    expect(r.tally.sent).toBe(DELIVERIES);
    expect(r.tally.outcomes).toEqual(new Map([["200", DELIVERIES]]));
    expect(r.github.problems).toEqual([]);
    expect(r.verification).toMatchObject({ notCompleted: 0, failed: 0, duplicateRuns: [], headsWithoutRun: [] });
    expect(r.verification!.checkRuns).toBeGreaterThanOrEqual(40);
    expect(r.auditChain).toMatchObject({ ok: true });
    expect(r.auditChain!.records).toBeGreaterThan(0);
    expect(r.locks.seen).toBeGreaterThan(0);
    expect(r.locks.heldKeys).toBe(0);
    expect(r.fakeBounded).toBe(true);
    expect(r.samples.map((s) => s.deliveries)).toEqual([0, 100, 200, 300]);
    expect(r.samples.every((s) => s.heapUsed > 0 && s.rss >= s.heapUsed)).toBe(true);
    expect(r.appCpuMsPerDelivery).toBeGreaterThan(0);
    expect(r.errors).toBe(0);
  }, 300_000);

  it("serves the benchmark's baseline app the same way", async () => {
    const r = await runLoadTest({ target: "minimal", deliveries: 60, concurrency: 20, pulls: 10, block: 60, timeBudgetMs: 120_000 });

    expect(r.tally.outcomes).toEqual(new Map([["200", 60]]));
    expect(r.github).toMatchObject({ requests: 60, unrouted: 0, failed: 0 });
    expect(r.errors).toBe(0);
  }, 180_000);
});
