/**
 * Load test, in two processes, as production splits the work between GitHub and the app:
 *
 *   - this process (the load generator): the fake GitHub, a plain `node:http` server on 127.0.0.1 serving a
 *     fleet of open agent PRs (fake-fleet.ts, routed by fleet-routes.ts), and the sender, which posts signed
 *     webhooks over loopback `concurrency` at a time: a mix of pull_request (opened, synchronize, labeled) and
 *     pull_request_review deliveries. Throughput and latency are measured here, and the fleet (check runs,
 *     comments, bounds) is verified here after the run.
 *   - the app's process (app-process.ts, forked through tsx): the app under test, Airlock or the minimal app,
 *     behind Probot's node middleware on its own loopback port, its Octokit pointed at the fake over real HTTP,
 *     and Airlock's audit trail (a SQLite file by default). Memory is sampled there (after a forced GC), the
 *     per-PR locks left held are counted there, and the audit chain is verified there.
 *
 * Deliveries go in blocks; after each block the in-flight work has drained and the app's memory is sampled,
 * which gives the growth trend. Reports throughput, latency percentiles, errors (any non-200, any check run
 * left incomplete or failed, duplicate or missing runs, requests the fake could not answer) and memory.
 */
import { type AuditMode } from "./load/audit-store.js";
import type { AppFinish, LoadTarget } from "./load/app-protocol.js";
import { deliveryFactory } from "./load/event-mix.js";
import { fakeFleet, type FakeFleet } from "./load/fake-fleet.js";
import { createFleet, isFleetBounded, type FleetState } from "./load/fleet-state.js";
import { memoryTrend, type MemorySample, type MemoryTrend } from "./load/memory-trend.js";
import { emptyTally, sendDeliveries, type SendTally } from "./load/send-deliveries.js";
import { startAppProcess, type AppProcess } from "./load/start-app-process.js";
import { percentile } from "./load/stats.js";
import { verificationErrors, verifyFleet, type FleetVerification } from "./load/verify-fleet.js";

export type { LoadTarget } from "./load/app-protocol.js";

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
  /**
   * Deliveries sent first, as a block of their own, to warm the app's process up (JIT, connections): they are
   * verified like the others but left out of throughput and latency. Default 0.
   */
  warmUp?: number;
  /** Airlock's audit trail: a SQLite file (default, as deployed) or in memory. */
  audit?: AuditMode;
  /** Write V8 CPU profiles of the app's process into this directory (see `--cpu-prof` and start-app-process.ts). */
  cpuProfileDir?: string;
  /** Called after each block's memory sample, with the deliveries sent so far and the app's process (e.g. to write a heap snapshot of it). */
  afterBlock?: (sent: number, app: AppProcess) => void | Promise<void>;
}

/** Everything a load test measured. */
export interface LoadTestResult {
  options: LoadTestOptions;
  tally: SendTally;
  notSent: number;
  /** Deliveries per second of busy sending time, after the warm-up block. */
  deliveriesPerSecond: number;
  /**
   * CPU time (user + system, all its threads) the app's process spent per delivery while the blocks after the
   * warm-up were sent (memory sampling left out): what a delivery costs the app, however busy the machine is.
   */
  appCpuMsPerDelivery: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  samples: MemorySample[];
  trend: MemoryTrend;
  /** Throughput and median latency of each block (the warm-up block included), in order: a falling trend means work grows with history. */
  blocks: { deliveries: number; perSecond: number; p50: number; appCpuMsPerDelivery: number }[];
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

/** `runLoadTest` starts the fake GitHub and the app's process, posts the deliveries and returns the measurements. */
export async function runLoadTest(options: LoadTestOptions): Promise<LoadTestResult> {
  const state = createFleet(options.pulls);
  const fleet = await fakeFleet(state);
  const tally = emptyTally();
  const samples: MemorySample[] = [];
  const blocks: LoadTestResult["blocks"] = [];
  let app: AppProcess | undefined;
  let finished: AppFinish | undefined;
  const warm = { sent: 0, busyMs: 0 };
  let cpuMs = 0;
  try {
    app = await startAppProcess({ target: options.target, audit: options.audit ?? "file", secret: SECRET, githubUrl: fleet.url, ...(options.cpuProfileDir ? { cpuProfileDir: options.cpuProfileDir } : {}) });
    const next = deliveryFactory(state);
    const deadline = performance.now() + options.timeBudgetMs;
    const warmUp = Math.min(options.warmUp ?? 0, options.deliveries);
    const ends = blockEnds(options.deliveries, options.block, warmUp);
    samples.push(await app.sample(0));
    let from = 0;
    for (const to of ends) {
      if (performance.now() >= deadline) break;
      const [sent, busy, cpuBefore] = [tally.sent, tally.busyMs, await app.cpuMs()];
      await sendDeliveries({ url: app.webhookUrl, secret: SECRET, next, from, to, concurrency: options.concurrency, deadline, requestTimeoutMs: options.requestTimeoutMs ?? 60_000, runId: `load-${app.pid}` }, tally);
      const blockCpuMs = (await app.cpuMs()) - cpuBefore;
      if (from >= warmUp) cpuMs += blockCpuMs;
      const block = tally.latenciesMs.slice(sent).sort((a, b) => a - b);
      blocks.push({ deliveries: tally.sent, perSecond: ((tally.sent - sent) / (tally.busyMs - busy)) * 1000, p50: percentile(block, 50), appCpuMsPerDelivery: blockCpuMs / Math.max(1, tally.sent - sent) });
      samples.push(await app.sample(tally.sent));
      if (to === warmUp) Object.assign(warm, { sent: tally.sent, busyMs: tally.busyMs });
      await options.afterBlock?.(tally.sent, app);
      from = to;
    }
    finished = await app.finish();
  } finally {
    app?.kill();
    await fleet.stop();
  }
  return summarize({ options, state, tally, samples, blocks, finished: finished!, fleet, warm, cpuMs });
}

/** The end of each block: the warm-up block first (when any), then blocks of `block` deliveries. */
function blockEnds(deliveries: number, block: number, warmUp: number): number[] {
  const ends = warmUp > 0 ? [warmUp] : [];
  for (let to = warmUp + block; to < deliveries + block; to += block) ends.push(Math.min(deliveries, to));
  return ends;
}

interface Measured {
  options: LoadTestOptions;
  state: FleetState;
  tally: SendTally;
  samples: MemorySample[];
  blocks: LoadTestResult["blocks"];
  finished: AppFinish;
  fleet: FakeFleet;
  /** Deliveries and busy time of the warm-up block. */
  warm: { sent: number; busyMs: number };
  /** The app process's CPU time while the blocks after the warm-up were sent. */
  cpuMs: number;
}

function summarize({ options, state, tally, samples, blocks, finished, fleet, warm, cpuMs }: Measured): LoadTestResult {
  const measured = tally.latenciesMs.slice(warm.sent);
  const sorted = [...measured].sort((a, b) => a - b);
  const busyMs = tally.busyMs - warm.busyMs;
  const auditChain = finished.auditChain;
  const verification = options.target === "airlock" ? verifyFleet(state, "Airlock") : undefined;
  const notSent = options.deliveries - tally.sent;
  const github = { ...fleet.counts, problems: fleet.problems };
  const errors = tally.sent - tally.ok + (verification ? verificationErrors(verification) : 0) + github.unrouted + github.failed + (auditChain?.ok === false ? 1 : 0);
  return {
    options,
    tally,
    notSent,
    deliveriesPerSecond: busyMs > 0 ? (measured.length / busyMs) * 1000 : 0,
    appCpuMsPerDelivery: measured.length > 0 ? cpuMs / measured.length : Number.NaN,
    latencyMs: { p50: percentile(sorted, 50), p90: percentile(sorted, 90), p99: percentile(sorted, 99), max: sorted.at(-1) ?? Number.NaN },
    samples,
    trend: memoryTrend(samples),
    blocks,
    ...(verification ? { verification } : {}),
    ...(auditChain ? { auditChain } : {}),
    github,
    locks: finished.locks,
    fakeBounded: isFleetBounded(state),
    errors,
  };
}
