/**
 * Benchmark 1: `airlock analyze` of a plan (ingest + evaluation, in process) vs `JSON.parse` of the same
 * bytes, interleaved, for each plan size. Targets: at most 1.5x JSON.parse, and a 10k-resource plan analysed
 * in under a second. Peak RSS of each side comes from a child process per side (it cannot be isolated in one).
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { analyzePlanText } from "./analyze-plan.js";
import { generatePlanText } from "./generate-plan.js";
import type { BenchmarkReport, TargetResult } from "./report.js";
import { interleave, ms, ratio, shown, table } from "./timing.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const MAX_RATIO = 1.5;
const TEN_K_BUDGET_MS = 1000;

function peakMb(size: number, mode: string): number {
  const out = execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", `${here}measure-memory.ts`, String(size), mode], { encoding: "utf8", maxBuffer: 1 << 20 });
  return (JSON.parse(out) as { peakMb: number }).peakMb;
}

/** `benchPlanAnalysis` runs the comparison for each size. */
export async function benchPlanAnalysis(options: { sizes: number[]; rounds: number }): Promise<BenchmarkReport> {
  const rows: (string | number)[][] = [];
  const targets: TargetResult[] = [];
  for (const size of options.sizes) {
    const text = generatePlanText(size);
    const rounds = size >= 50_000 ? Math.min(3, options.rounds) : options.rounds;
    const t = await interleave({ rounds }, { parse: () => JSON.parse(text), analyze: () => analyzePlanText(text) });
    const best = t.analyze.best / t.parse.best;
    const med = t.analyze.median / t.parse.median;
    rows.push([size.toLocaleString("en"), `${(text.length / 2 ** 20).toFixed(1)} MB`, `${ms(t.parse.best)} / ${ms(t.parse.median)}`, `${ms(t.analyze.best)} / ${ms(t.analyze.median)}`, `${ratio(best)} / ${ratio(med)}`, `${peakMb(size, "parse").toFixed(0)} / ${peakMb(size, "analyze").toFixed(0)}`]);
    targets.push({ benchmark: `plan analysis, ${size.toLocaleString("en")} resources`, target: `≤ ${MAX_RATIO}x JSON.parse`, measured: `${ratio(best)} (median ${ratio(med)})`, pass: shown(best) <= MAX_RATIO });
    if (size === 10_000) targets.push({ benchmark: "plan analysis, 10,000 resources", target: "< 1 s in process", measured: `${ms(t.analyze.best)} ms (median ${ms(t.analyze.median)})`, pass: t.analyze.best < TEN_K_BUDGET_MS });
  }
  return {
    title: "Plan analysis vs JSON.parse of the same bytes",
    body: [
      `Interleaved, ${options.rounds} rounds (3 from 50,000 resources); best / median in ms.`,
      table(["resources", "plan size", "JSON.parse ms", "analyze ms", "ratio best / median", "peak RSS MB parse / analyze"], rows),
    ],
    targets,
  };
}
