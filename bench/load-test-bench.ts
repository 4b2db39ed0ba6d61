/**
 * The load test as a benchmark section: runs `runLoadTest` on Airlock at full size (the app in its own process,
 * see load-test.ts) and prints throughput, latency, errors, the app process's memory before and after, the
 * memory trend per block, and the per-block throughput.
 * Targets: no errors, every delivery sent within the time budget, no heap growth flagged.
 */
import { runLoadTest, type LoadTestOptions, type LoadTestResult } from "./load-test.js";
import { dataHeap, GROWTH_BYTES_PER_DELIVERY, GROWTH_MIN_BYTES } from "./load/memory-trend.js";
import type { BenchmarkReport } from "./report.js";
import { ms, table } from "./timing.js";

const MB = 2 ** 20;

/** `benchLoadTest` runs the load test and reports it. */
export async function benchLoadTest(options: Omit<LoadTestOptions, "target">): Promise<BenchmarkReport> {
  const r = await runLoadTest({ ...options, target: "airlock" });
  return {
    title: `Load test: ${r.tally.sent.toLocaleString("en")} webhooks at concurrency ${options.concurrency} over ${options.pulls} PRs`,
    body: loadTestBody(r),
    targets: [
      { benchmark: "load test errors", target: "0", measured: `${r.errors}${r.tally.failures[0] ? ` (first: ${r.tally.failures[0]})` : ""}`, pass: r.errors === 0 },
      { benchmark: "load test deliveries sent", target: `${options.deliveries} within ${options.timeBudgetMs / 1000} s`, measured: `${r.tally.sent}`, pass: r.notSent === 0 },
      { benchmark: "load test heap trend (data heap)", target: `no growth (≤ ${GROWTH_BYTES_PER_DELIVERY / 1024} KB/delivery or ≤ ${GROWTH_MIN_BYTES / MB} MB in all)`, measured: `${(r.trend.heapBytesPerDelivery / 1024).toFixed(2)} KB/delivery, ${(r.trend.heapGrowth / MB).toFixed(1)} MB after warm-up`, pass: !r.trend.growing },
    ],
  };
}

/** `loadTestBody` renders a load test result as markdown tables. */
export function loadTestBody(r: LoadTestResult): string[] {
  const v = r.verification;
  const first = r.samples[0];
  const last = r.samples.at(-1);
  const mb = (n: number | undefined) => (n === undefined ? "—" : (n / MB).toFixed(1));
  return [
    `The app in its own Node process: Probot's node middleware on a real HTTP server on 127.0.0.1, audit trail ${r.options.target === "airlock" ? (r.options.audit === "memory" ? "in memory" : "in a SQLite file") : "none"}; memory below is that process's, sampled there after a forced GC. In the benchmark's process: the load generator (signed webhooks over keep-alive fetch) and the fake GitHub, a plain node:http server on 127.0.0.1 the app's Octokit calls over real HTTP. Mix per PR: opened, then synchronize / review / labeled / review in rotation.`,
    table(
      ["deliveries", "concurrency", "deliveries/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "errors", "GitHub requests / delivery", "app CPU ms / delivery"],
      [[r.tally.sent, r.options.concurrency, r.deliveriesPerSecond.toFixed(1), ms(r.latencyMs.p50), ms(r.latencyMs.p90), ms(r.latencyMs.p99), ms(r.latencyMs.max), r.errors, (r.github.requests / Math.max(1, r.tally.sent)).toFixed(1), r.appCpuMsPerDelivery.toFixed(1)]],
    ),
    table(
      ["after deliveries", "heapUsed MB", "of which code MB", "data heap MB", "RSS MB", "block deliveries/s", "block p50 ms", "block app CPU ms / delivery"],
      r.samples.map((s, i) => {
        const block = i === 0 ? undefined : r.blocks[i - 1];
        return [s.deliveries, mb(s.heapUsed), mb(s.code), mb(dataHeap(s)), mb(s.rss), block ? block.perSecond.toFixed(1) : "—", block ? ms(block.p50) : "—", block ? block.appCpuMsPerDelivery.toFixed(1) : "—"];
      }),
    ),
    [
      `Memory (after forced GC): heapUsed ${mb(first?.heapUsed)} → ${mb(last?.heapUsed)} MB, RSS ${mb(first?.rss)} → ${mb(last?.rss)} MB; trend after the first block, per delivery: data heap ${(r.trend.heapBytesPerDelivery / 1024).toFixed(2)} KB, compiled code ${(r.trend.codeBytesPerDelivery / 1024).toFixed(2)} KB, RSS ${(r.trend.rssBytesPerDelivery / 1024).toFixed(2)} KB — ${r.trend.growing ? "**data heap growth flagged**" : "no data heap growth flagged"}.`,
      `Outcomes: ${[...r.tally.outcomes].map(([k, n]) => `${k} × ${n}`).join(", ") || "none"}${r.notSent > 0 ? `; ${r.notSent} not sent (time budget)` : ""}${r.tally.failures[0] ? `; first failure: ${r.tally.failures[0]}` : ""}.`,
      v ? `Check runs: ${v.checkRuns} (${Object.entries(v.conclusions).map(([k, n]) => `${k} ${n}`).join(", ")}), not completed ${v.notCompleted}, failed ${v.failed}, duplicate per head ${v.duplicateRuns.length}, PR heads without a run ${v.headsWithoutRun.length}${v.examples[0] ? `; first: ${v.examples[0]}` : ""}.` : "",
      r.auditChain ? `Audit trail: ${r.auditChain.records} records, ${r.auditChain.detail}.` : "",
      `Per-PR lock keys held afterwards: ${r.locks.heldKeys} (locks seen: ${r.locks.seen}). GitHub requests: ${r.github.requests}, unanswerable ${r.github.unrouted + r.github.failed}${r.github.problems[0] ? ` (first: ${r.github.problems[0]})` : ""}.`,
    ]
      .filter((line) => line !== "")
      .join("\n"),
  ];
}
