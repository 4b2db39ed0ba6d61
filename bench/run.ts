/**
 * `npm run bench`: measures Airlock against baselines run in the same process and prints ratios.
 * Plan analysis: `airlock analyze` ingest + evaluation vs `JSON.parse` of the same bytes (target ≤ 1.5x,
 * and a 10k-resource plan in under a second), with each mode's peak memory from a separate child process.
 * Sizes can be set with BENCH_SIZES=1000,10000.
 */
import { execFileSync } from "node:child_process";
import { countApiRequests } from "./api-requests.js";
import { fileURLToPath } from "node:url";
import { analyzePlanText } from "./analyze-plan.js";
import { generatePlanText } from "./generate-plan.js";
import { bestOf, table } from "./timing.js";

const sizes = (process.env.BENCH_SIZES ?? "1000,10000,50000").split(",").map(Number);
const here = fileURLToPath(new URL(".", import.meta.url));

function peakMb(size: number, mode: string): number {
  const out = execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", `${here}measure-memory.ts`, String(size), mode], { encoding: "utf8", maxBuffer: 1 << 20 });
  return (JSON.parse(out) as { peakMb: number }).peakMb;
}

const rows: (string | number)[][] = [];
for (const size of sizes) {
  const text = generatePlanText(size);
  const runs = size >= 50_000 ? 3 : 5;
  const parseMs = bestOf(runs, () => JSON.parse(text));
  const analyzeMs = bestOf(runs, () => analyzePlanText(text));
  const ratio = analyzeMs / parseMs;
  rows.push([
    size.toLocaleString("en"),
    `${(text.length / 2 ** 20).toFixed(1)} MB`,
    parseMs.toFixed(0),
    analyzeMs.toFixed(0),
    `${ratio.toFixed(2)}x ${ratio <= 1.5 ? "✓" : "✗ (target ≤ 1.5x)"}`,
    `${peakMb(size, "parse").toFixed(0)} / ${peakMb(size, "analyze").toFixed(0)}`,
  ]);
}
console.log("\nPlan analysis vs JSON.parse of the same bytes (best of runs, ms)\n");
console.log(table(["resources", "plan size", "JSON.parse ms", "analyze ms", "ratio", "peak RSS MB parse / analyze"], rows));

const api = await countApiRequests(200);
const apiBaseline = await countApiRequests(1);
console.log("\nGitHub API requests per evaluation (agent PR, GitHub mocked)\n");
console.log(
  table(
    ["changed .tf files", "first evaluation", "redelivery", "target"],
    [
      ["1", apiBaseline.first, apiBaseline.again, "—"],
      ["200", api.first, api.again, `≤ 12 ${api.first <= 12 ? "✓" : "✗"} (ratio to 1 file: ${(api.first / apiBaseline.first).toFixed(2)}x)`],
    ],
  ),
);
if (process.env.BENCH_VERBOSE) console.log(api.paths.join("\n"));
