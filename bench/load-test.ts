/**
 * Load test: the real HTTP server in this process (Probot's node middleware on 127.0.0.1), GitHub faked by
 * nock for a fleet of open agent PRs, and signed webhooks posted over loopback `concurrency` at a time: a mix
 * of pull_request (opened, synchronize, labeled) and pull_request_review deliveries. Deliveries go in blocks;
 * after each block the in-flight work has drained and memory is sampled after a forced GC, which gives the
 * growth trend. Reports throughput, latency percentiles, errors (any non-200, any check run left incomplete
 * or failed, duplicate or missing runs, requests the fake could not answer) and memory.
 */
import type { ApplicationFunction } from "probot";
import { createAirlock } from "../src/app/index.js";
import type { AuditStore } from "../src/audit/index.js";
import { benchAuditStore, type AuditMode } from "./load/audit-store.js";
import { deliveryFactory } from "./load/event-mix.js";
import { fakeFleet, type FakeFleet } from "./load/fake-fleet.js";
import { createFleet, isFleetBounded, type FleetState } from "./load/fleet-state.js";
import { probeKeyedLocks, type LockProbe } from "./load/lock-probe.js";
import { memoryTrend, sampleMemory, type MemorySample, type MemoryTrend } from "./load/memory-trend.js";
import { minimalApp } from "./load/minimal-app.js";
import { emptyTally, sendDeliveries, type SendTally } from "./load/send-deliveries.js";
import { serveApp } from "./load/serve-app.js";
import { percentile } from "./load/stats.js";
import { verificationErrors, verifyFleet, type FleetVerification } from "./load/verify-fleet.js";

/** Which app serves the webhooks. */
export type LoadTarget = "airlock" | "minimal";

/** Size and bounds of one load test. */
export interface LoadTestOptions {
  target: LoadTarget;
  deliveries: number;
  concurrency: number;
  pulls: number;
  /** Deliveries per block (memory is sampled after each). */
  block: number;
  /** No delivery starts after this many milliseconds. */
  timeBudgetMs: number;
  requestTimeoutMs?: number;
  /** Airlock's audit trail: a SQLite file (default, as deployed) or in memory. */
  audit?: AuditMode;
  /** Called after each block's memory sample, with the deliveries sent so far (e.g. to write a heap snapshot). */
  afterBlock?: (sent: number) => void | Promise<void>;
}

/** Everything a load test measured. */
export interface LoadTestResult {
  options: LoadTestOptions;
  tally: SendTally;
  notSent: number;
  deliveriesPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  samples: MemorySample[];
  trend: MemoryTrend;
  /** Throughput and median latency of each block, in order: a falling trend means work grows with history. */
  blocks: { deliveries: number; perSecond: number; p50: number }[];
  /** Check-run verification (Airlock only). */
  verification?: FleetVerification;
  github: { requests: number; unrouted: number; failed: number; problems: string[] };
  /** The audit trail's hash chain verified after the run (Airlock only): records and whether it holds. */
  auditChain?: { ok: boolean; records: number; detail: string };
  /** Per-PR lock keys still held after the run, and locks seen. */
  locks: { seen: number; heldKeys: number };
  /** Whether the fake's own state stayed within its bounds (heads, reviews, comments per PR). */
  fakeBounded: boolean;
  errors: number;
}

const SECRET = "load-test-webhook-secret";
let runs = 0;

/** `runLoadTest` serves the target app, posts the deliveries and returns the measurements. */
export async function runLoadTest(options: LoadTestOptions): Promise<LoadTestResult> {
  runs += 1;
  const state = createFleet(options.pulls);
  const fleet = fakeFleet(state);
  const probe = probeKeyedLocks();
  const audit = options.target === "airlock" ? benchAuditStore(options.audit ?? "file") : undefined;
  const app: ApplicationFunction = audit ? createAirlock({ store: audit.store }) : minimalApp;
  const served = await serveApp(app, SECRET);
  const tally = emptyTally();
  const samples: MemorySample[] = [];
  const blocks: LoadTestResult["blocks"] = [];
  let auditChain: LoadTestResult["auditChain"];
  try {
    const next = deliveryFactory(state);
    const deadline = performance.now() + options.timeBudgetMs;
    samples.push(sampleMemory(0));
    for (let from = 0; from < options.deliveries && performance.now() < deadline; from += options.block) {
      const to = Math.min(options.deliveries, from + options.block);
      const [sent, busy] = [tally.sent, tally.busyMs];
      await sendDeliveries({ url: served.webhookUrl, secret: SECRET, next, from, to, concurrency: options.concurrency, deadline, requestTimeoutMs: options.requestTimeoutMs ?? 60_000, runId: `load${runs}` }, tally);
      const block = tally.latenciesMs.slice(sent).sort((a, b) => a - b);
      blocks.push({ deliveries: tally.sent, perSecond: ((tally.sent - sent) / (tally.busyMs - busy)) * 1000, p50: percentile(block, 50) });
      samples.push(sampleMemory(tally.sent));
      await options.afterBlock?.(tally.sent);
    }
    auditChain = audit ? await verifyChain(audit.store) : undefined;
  } finally {
    await served.close();
    await audit?.dispose();
    fleet.stop();
    probe.restore();
  }
  return summarize({ options, state, tally, samples, blocks, auditChain, fleet, probe });
}

async function verifyChain(store: AuditStore): Promise<NonNullable<LoadTestResult["auditChain"]>> {
  const result = await store.verify();
  return result.ok ? { ok: true, records: result.records, detail: "chain intact" } : { ok: false, records: result.seq, detail: `broken at seq ${result.seq}: ${result.reason}` };
}

interface Measured {
  options: LoadTestOptions;
  state: FleetState;
  tally: SendTally;
  samples: MemorySample[];
  blocks: LoadTestResult["blocks"];
  auditChain: LoadTestResult["auditChain"];
  fleet: FakeFleet;
  probe: LockProbe;
}

function summarize({ options, state, tally, samples, blocks, auditChain, fleet, probe }: Measured): LoadTestResult {
  const sorted = [...tally.latenciesMs].sort((a, b) => a - b);
  const verification = options.target === "airlock" ? verifyFleet(state, "Airlock") : undefined;
  const notSent = options.deliveries - tally.sent;
  const github = { ...fleet.counts, problems: fleet.problems };
  const errors = tally.sent - tally.ok + (verification ? verificationErrors(verification) : 0) + github.unrouted + github.failed + (auditChain?.ok === false ? 1 : 0);
  return {
    options,
    tally,
    notSent,
    deliveriesPerSecond: tally.busyMs > 0 ? (tally.sent / tally.busyMs) * 1000 : 0,
    latencyMs: { p50: percentile(sorted, 50), p90: percentile(sorted, 90), p99: percentile(sorted, 99), max: sorted.at(-1) ?? Number.NaN },
    samples,
    trend: memoryTrend(samples),
    blocks,
    ...(verification ? { verification } : {}),
    ...(auditChain ? { auditChain } : {}),
    github,
    locks: { seen: probe.locks(), heldKeys: probe.heldKeys() },
    fakeBounded: isFleetBounded(state),
    errors,
  };
}
