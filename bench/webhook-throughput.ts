/**
 * Benchmark 6: webhook throughput of the full Airlock app vs a minimal Probot app that only creates a check
 * run, both served exactly the same way by `runLoadTest`: the app in its own Node process (real HTTP server on
 * loopback), the load generator and the fake GitHub (a plain HTTP server on loopback) in this process, so the
 * GitHub side's work is not charged to the app. Interleaved rounds (A B A B …), each on a fresh app process
 * and fresh fake GitHub, each starting with a warm-up block that is verified but not timed. Target: Airlock at
 * least half the minimal app's throughput. Optionally a third side, Airlock with its audit trail in memory,
 * shows what the durable SQLite writes cost.
 */
import { join } from "node:path";
import { runLoadTest, type LoadTestResult } from "./load-test.js";
import { median } from "./load/stats.js";
import type { BenchmarkReport } from "./report.js";
import { ms, ratio, shown, table } from "./timing.js";

const MIN_RATIO = 0.5;

/** The apps compared; `airlock-memory` is opt-in. */
export type ThroughputSide = "airlock" | "minimal" | "airlock-memory";

/** `benchWebhookThroughput` runs `rounds` interleaved rounds of `deliveries` each. */
export async function benchWebhookThroughput(options: { deliveries: number; concurrency: number; pulls: number; rounds: number; budgetS: number; sides: ThroughputSide[]; cpuProfileDir?: string | undefined }): Promise<BenchmarkReport> {
  const warmUp = options.pulls;
  const results = new Map<ThroughputSide, LoadTestResult[]>(options.sides.map((s) => [s, []]));
  const run = (side: ThroughputSide, round: number) =>
    runLoadTest({
      target: side === "minimal" ? "minimal" : "airlock",
      audit: side === "airlock-memory" ? "memory" : "file",
      deliveries: warmUp + options.deliveries,
      warmUp,
      concurrency: options.concurrency,
      pulls: options.pulls,
      block: options.deliveries,
      timeBudgetMs: options.budgetS * 1000,
      ...(options.cpuProfileDir ? { cpuProfileDir: join(options.cpuProfileDir, `throughput-${side}-round${round + 1}`) } : {}),
    });
  const deadline = performance.now() + options.budgetS * 1000;
  for (let round = 0; round < options.rounds && (round === 0 || performance.now() < deadline); round += 1) {
    for (const side of options.sides) results.get(side)!.push(await run(side, round));
  }
  const stats = (side: ThroughputSide) => {
    const rs = results.get(side) ?? [];
    const rates = rs.map((r) => r.deliveriesPerSecond);
    return { best: Math.max(...rates), median: median(rates), p50: median(rs.map((r) => r.latencyMs.p50)), errors: rs.reduce((n, r) => n + r.errors, 0), rounds: rs.length, cpu: median(rs.map((r) => r.appCpuMsPerDelivery)), requests: rs.reduce((n, r) => n + r.github.requests, 0) / Math.max(1, rs.reduce((n, r) => n + r.tally.sent, 0)) };
  };
  const minimal = stats("minimal");
  const airlock = stats("airlock");
  const best = airlock.best / minimal.best;
  const med = airlock.median / minimal.median;
  const rows = options.sides.map((side) => {
    const s = stats(side);
    return [side, s.rounds, s.best.toFixed(1), s.median.toFixed(1), ms(s.p50), s.cpu.toFixed(2), s.requests.toFixed(1), s.errors, side === "minimal" ? "1.00x" : `${ratio(s.best / minimal.best)} / ${ratio(s.median / minimal.median)}`];
  });
  return {
    title: "Webhook throughput: Airlock vs a minimal Probot app",
    body: [
      `${options.deliveries} timed deliveries per round at concurrency ${options.concurrency} over ${options.pulls} PRs, interleaved rounds; each round forks a fresh app process (real HTTP server on 127.0.0.1) and starts a fresh fake GitHub, and begins with ${warmUp} warm-up deliveries (each PR's \`opened\`), verified but not timed. The load generator and the fake GitHub (a plain node:http server on 127.0.0.1 the app's Octokit calls over real HTTP) run in the benchmark's process, so answering GitHub requests costs the app only its side of a loopback round trip; a real GitHub round trip takes longer but costs the app no more CPU. Both apps are served and verified the same way (errors count non-200 answers, unanswerable GitHub requests, and for Airlock failed, missing or duplicate check runs and a broken audit chain).`,
      table(["app", "rounds", "best deliveries/s", "median deliveries/s", "median p50 ms", "median app CPU ms / delivery", "GitHub requests / delivery", "errors", "ratio to minimal best / median"], rows),
      `App CPU is the user + system time of the app's process per timed delivery: unlike throughput it does not depend on how busy the machine is (Airlock / minimal: ${ratio(airlock.cpu / minimal.cpu)} the CPU per delivery).`,
    ],
    targets: [{ benchmark: "webhook throughput vs minimal app", target: `≥ ${MIN_RATIO}x`, measured: `${ratio(best)} (median ${ratio(med)}): ${airlock.best.toFixed(1)} vs ${minimal.best.toFixed(1)} /s`, pass: shown(best) >= MIN_RATIO && airlock.errors === 0 && minimal.errors === 0 }],
  };
}
