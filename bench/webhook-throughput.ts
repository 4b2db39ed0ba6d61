/**
 * Benchmark 5: webhook throughput of the full Airlock app vs a minimal Probot app that only creates a check
 * run, both served the same way (real HTTP server on loopback, the same load generator, the same fake GitHub),
 * in interleaved rounds (A B A B …) after one short warm-up round each. Target: Airlock at least half the
 * minimal app's throughput. Optionally a third side, Airlock with its audit trail in memory, shows what the
 * durable SQLite writes cost.
 */
import { runLoadTest, type LoadTestResult } from "./load-test.js";
import { median } from "./load/stats.js";
import type { BenchmarkReport } from "./report.js";
import { ms, ratio, shown, table } from "./timing.js";

const MIN_RATIO = 0.5;
const WARM_UP_DELIVERIES = 40;

/** The apps compared; `airlock-memory` is opt-in. */
export type ThroughputSide = "airlock" | "minimal" | "airlock-memory";

/** `benchWebhookThroughput` runs `rounds` interleaved rounds of `deliveries` each. */
export async function benchWebhookThroughput(options: { deliveries: number; concurrency: number; pulls: number; rounds: number; budgetS: number; sides: ThroughputSide[] }): Promise<BenchmarkReport> {
  const results = new Map<ThroughputSide, LoadTestResult[]>(options.sides.map((s) => [s, []]));
  const run = (side: ThroughputSide, deliveries: number) =>
    runLoadTest({
      target: side === "minimal" ? "minimal" : "airlock",
      audit: side === "airlock-memory" ? "memory" : "file",
      deliveries,
      concurrency: options.concurrency,
      pulls: options.pulls,
      block: deliveries,
      timeBudgetMs: options.budgetS * 1000,
    });
  for (const side of options.sides) await run(side, WARM_UP_DELIVERIES);
  const deadline = performance.now() + options.budgetS * 1000;
  for (let round = 0; round < options.rounds && (round === 0 || performance.now() < deadline); round += 1) {
    for (const side of options.sides) results.get(side)!.push(await run(side, options.deliveries));
  }
  const stats = (side: ThroughputSide) => {
    const rs = results.get(side) ?? [];
    const rates = rs.map((r) => r.deliveriesPerSecond);
    return { best: Math.max(...rates), median: median(rates), p50: median(rs.map((r) => r.latencyMs.p50)), errors: rs.reduce((n, r) => n + r.errors, 0), rounds: rs.length, requests: rs.reduce((n, r) => n + r.github.requests, 0) / Math.max(1, rs.reduce((n, r) => n + r.tally.sent, 0)) };
  };
  const minimal = stats("minimal");
  const airlock = stats("airlock");
  const best = airlock.best / minimal.best;
  const med = airlock.median / minimal.median;
  const rows = options.sides.map((side) => {
    const s = stats(side);
    return [side, s.rounds, s.best.toFixed(1), s.median.toFixed(1), ms(s.p50), s.requests.toFixed(1), s.errors, side === "minimal" ? "1.00x" : `${ratio(s.best / minimal.best)} / ${ratio(s.median / minimal.median)}`];
  });
  return {
    title: "Webhook throughput: Airlock vs a minimal Probot app",
    body: [
      `${options.deliveries} deliveries per round at concurrency ${options.concurrency} over ${options.pulls} PRs, interleaved rounds after a ${WARM_UP_DELIVERIES}-delivery warm-up; each round on a fresh server and fresh fake GitHub. The fake answers every GitHub request in-process through nock, so a request costs Airlock far less than a real round trip would.`,
      table(["app", "rounds", "best deliveries/s", "median deliveries/s", "median p50 ms", "GitHub requests / delivery", "errors", "ratio to minimal best / median"], rows),
    ],
    targets: [{ benchmark: "webhook throughput vs minimal app", target: `≥ ${MIN_RATIO}x`, measured: `${ratio(best)} (median ${ratio(med)}): ${airlock.best.toFixed(1)} vs ${minimal.best.toFixed(1)} /s`, pass: shown(best) >= MIN_RATIO && airlock.errors === 0 }],
  };
}
