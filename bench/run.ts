/**
 * `npm run bench`: measures Airlock against baselines run in the same process (or spawned side by side) and
 * prints one markdown table per benchmark with ratios, then a summary of every target with ✓/✗. Sides of a
 * comparison run interleaved (A B A B …) and report best and median, because the machine may be busy.
 *
 *   1. plan       `airlock analyze` (ingest + evaluate) vs JSON.parse of the same plan; 10k plan < 1 s
 *   2. cli        `airlock analyze --format json` (compiled CLI) vs `jq` on the same plan file
 *   3. hcl        parseHclDiff vs raw @cdktf/hcl2json parse() of the same .tf files
 *   4. api        GitHub API requests per evaluation (200 files vs 1)
 *   5. load       load test: signed webhooks to the real HTTP server, throughput, latency, errors, memory trend
 *   6. throughput webhook throughput of Airlock vs a minimal Probot app
 *
 * Benchmarks 5 and 6 run the app under test in a process of its own (bench/load/app-process.ts, forked with
 * `--import tsx`): its HTTP server, Probot, the app and its audit trail. The load generator and the fake GitHub
 * (a plain node:http server on 127.0.0.1 that the app's Octokit reaches through `baseUrl`) stay in this process,
 * so answering GitHub's side of each request is not charged to the app. The app's memory is sampled, its locks
 * probed and its audit chain verified in its own process; check runs are verified on the fake here.
 *
 * Environment variables (all optional):
 *   BENCH_ONLY=plan,cli,…          run only these benchmarks (default: all, in the order above)
 *   BENCH_SIZES=1000,10000,50000   plan sizes of benchmark 1 (resources)
 *   BENCH_PLAN_ROUNDS=5            rounds of benchmark 1 (at most 3 from 50,000 resources)
 *   BENCH_CLI_SIZES=10000,50000    plan sizes of benchmark 2
 *   BENCH_CLI_ROUNDS=5             rounds of benchmark 2 (at most 3 from 50,000 resources)
 *   BENCH_BUILD=1                  rebuild dist/ before benchmark 2 (it is built anyway when missing)
 *   BENCH_HCL_ROUNDS=15            rounds of benchmark 3
 *   BENCH_HCL_CORPUS=DIR           .tf files of benchmark 3 (default ../shared/corpus/hcl, else fixtures/hcl)
 *   BENCH_LOAD_DELIVERIES=2000     webhooks of the load test
 *   BENCH_LOAD_CONCURRENCY=50      deliveries in flight (load test and throughput)
 *   BENCH_LOAD_PRS=40              open PRs the deliveries are spread over
 *   BENCH_LOAD_BLOCK=500           deliveries per block (memory sampled after each)
 *   BENCH_LOAD_BUDGET_S=300        no load-test delivery starts after this many seconds
 *   BENCH_AUDIT=file               the load test's audit trail: file (SQLite file, as deployed) or memory
 *   BENCH_THROUGHPUT_DELIVERIES=300 deliveries per throughput round
 *   BENCH_THROUGHPUT_ROUNDS=3      interleaved rounds per app
 *   BENCH_THROUGHPUT_BUDGET_S=180  no throughput round starts after this many seconds (one always runs)
 *   BENCH_THROUGHPUT_SIDES=airlock,minimal  add airlock-memory to also measure Airlock with an in-memory audit trail
 *   BENCH_APP_CPU_PROF=DIR         write V8 CPU profiles of each app process of benchmarks 5 and 6 under DIR
 *                                  (DIR/load, DIR/throughput-<app>-round<n>; the largest file per directory is
 *                                  the app's main thread; open it in Chrome DevTools or speedscope)
 *   BENCH_VERBOSE=1                also list the requests of the 200-file evaluation
 * A quick run: BENCH_SIZES=1000 BENCH_CLI_SIZES=1000 BENCH_LOAD_DELIVERIES=200 BENCH_THROUGHPUT_DELIVERIES=60 npm run bench
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { benchApiRequests } from "./api-requests-bench.js";
import { readBenchEnv, type BenchmarkName } from "./bench-env.js";
import { benchCliVsJq } from "./cli-vs-jq.js";
import { benchHclDiff, hclCorpus } from "./hcl-diff.js";
import { benchLoadTest } from "./load-test-bench.js";
import { benchPlanAnalysis } from "./plan-analysis.js";
import { printReport, summaryTable, type BenchmarkReport, type TargetResult } from "./report.js";
import { benchWebhookThroughput } from "./webhook-throughput.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const env = readBenchEnv();
const started = performance.now();

const benchmarks: Record<BenchmarkName, () => Promise<BenchmarkReport>> = {
  plan: () => benchPlanAnalysis(env.plan),
  cli: () => benchCliVsJq({ root, ...env.cli }),
  hcl: () => benchHclDiff({ corpus: hclCorpus(root, env.hcl.corpus), rounds: env.hcl.rounds }),
  api: () => benchApiRequests({ files: 200, verbose: env.verbose }),
  load: () =>
    benchLoadTest({
      deliveries: env.load.deliveries,
      concurrency: env.load.concurrency,
      pulls: env.load.pulls,
      block: env.load.block,
      timeBudgetMs: env.load.budgetS * 1000,
      audit: env.audit,
      ...(env.appCpuProfileDir ? { cpuProfileDir: join(env.appCpuProfileDir, "load") } : {}),
    }),
  throughput: () => benchWebhookThroughput({ ...env.throughput, pulls: env.load.pulls, cpuProfileDir: env.appCpuProfileDir }),
};

const targets: TargetResult[] = [];
for (const [name, bench] of Object.entries(benchmarks) as [BenchmarkName, () => Promise<BenchmarkReport>][]) {
  if (!env.only.has(name)) continue;
  const t0 = performance.now();
  try {
    const report = await bench();
    printReport(report);
    targets.push(...report.targets);
  } catch (error) {
    console.log(`\n### ${name}: failed\n\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    targets.push({ benchmark: name, target: "runs", measured: "failed", pass: false });
  }
  console.log(`\n(${name}: ${((performance.now() - t0) / 1000).toFixed(0)} s)`);
}

console.log(`\n### Summary\n\n${summaryTable(targets)}\n\nTotal ${((performance.now() - started) / 1000).toFixed(0)} s.`);
