/** What each benchmark hands back to `bench/run.ts`: its tables, and its targets for the final summary. */
import { table } from "./timing.js";

/** One target of the summary table. */
export interface TargetResult {
  benchmark: string;
  target: string;
  measured: string;
  pass: boolean;
}

/** A benchmark's printable result. */
export interface BenchmarkReport {
  title: string;
  /** Markdown tables (and short lines) printed under the title. */
  body: string[];
  targets: TargetResult[];
}

/** `printReport` prints one benchmark's title and tables. */
export function printReport(report: BenchmarkReport): void {
  console.log(`\n### ${report.title}\n`);
  console.log(report.body.join("\n\n"));
}

/** `summaryTable` is the final table: each target with ✓ or ✗. */
export function summaryTable(targets: readonly TargetResult[]): string {
  return table(
    ["benchmark", "target", "measured", ""],
    targets.map((t) => [t.benchmark, t.target, t.measured, t.pass ? "✓" : "✗"]),
  );
}
