/**
 * Benchmark 2: the same plan file summarised by `jq` (deletes and replaces counted) and by
 * `airlock analyze --format json` (the compiled CLI, a fresh Node process each time), both spawned,
 * interleaved, wall time. Target: Airlock faster than jq, and a 10k-resource plan under a second end to end.
 * Before timing, both outputs are read once to check that they agree on the number of deletes and replaces.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureDist } from "./ensure-dist.js";
import { generatePlanText } from "./generate-plan.js";
import type { BenchmarkReport, TargetResult } from "./report.js";
import { runProcess } from "./run-process.js";
import { interleave, ms, ratio, shown, table } from "./timing.js";

/** Counts actions `["delete"]` and replaces (`["delete","create"]` or `["create","delete"]`). */
export const JQ_FILTER = '[.resource_changes[].change.actions | select(index("delete"))] | {deletes: map(select(length == 1)) | length, replaces: map(select(length > 1)) | length}';
const TIMEOUT_MS = 120_000;

/** `benchCliVsJq` runs the comparison for each size; `root` is the repository root. */
export async function benchCliVsJq(options: { root: string; sizes: number[]; rounds: number; build: boolean }): Promise<BenchmarkReport> {
  const { bin, warning } = ensureDist(options.root, options.build);
  const dir = mkdtempSync(join(tmpdir(), "airlock-bench-plan-"));
  const rows: (string | number)[][] = [];
  const targets: TargetResult[] = [];
  try {
    for (const size of options.sizes) {
      const file = join(dir, `plan-${size}.json`);
      writeFileSync(file, generatePlanText(size));
      const jq = ["jq", ["-c", JQ_FILTER, file]] as const;
      const cli = [process.execPath, [bin, "analyze", "--plan", file, "--format", "json"]] as const;
      const agree = await countsAgree(jq, cli);
      const rounds = size >= 50_000 ? Math.min(3, options.rounds) : options.rounds;
      const t = await interleave({ rounds, gc: false }, { jq: () => timed(...jq), airlock: () => timed(...cli) });
      const best = t.airlock.best / t.jq.best;
      rows.push([size.toLocaleString("en"), `${ms(t.jq.best)} / ${ms(t.jq.median)}`, `${ms(t.airlock.best)} / ${ms(t.airlock.median)}`, `${ratio(best)} / ${ratio(t.airlock.median / t.jq.median)}`, agree]);
      targets.push({ benchmark: `airlock analyze vs jq, ${size.toLocaleString("en")} resources`, target: "Airlock faster (< 1x)", measured: `${ratio(best)} (median ${ratio(t.airlock.median / t.jq.median)})`, pass: shown(best) < 1 });
      if (size === 10_000) targets.push({ benchmark: "airlock analyze (CLI process), 10,000 resources", target: "< 1 s", measured: `${ms(t.airlock.best)} ms (median ${ms(t.airlock.median)})`, pass: t.airlock.best < 1000 });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    title: "airlock analyze --format json vs jq on the same plan file",
    body: [
      `Both spawned as processes on a temporary file, stdout to /dev/null, interleaved, ${options.rounds} rounds (3 from 50,000 resources); wall time best / median in ms. jq filter: \`${JQ_FILTER}\`.`,
      ...(warning ? [`Note: ${warning}.`] : []),
      table(["resources", "jq ms", "airlock analyze ms", "ratio best / median", "same deletes + replaces"], rows),
    ],
    targets,
  };
}

async function timed(command: string, args: readonly string[]): Promise<void> {
  const run = await runProcess(command, args, { keepStdout: false, timeoutMs: TIMEOUT_MS });
  if (run.code !== 0 && run.code !== 1) throw new Error(`${command} ${args.join(" ")} exited with ${run.code}: ${run.stderr}`);
}

/** Runs both once with their output and compares the counts (`✓ 103 + 112`, or what differs). */
async function countsAgree(jq: readonly [string, readonly string[]], cli: readonly [string, readonly string[]]): Promise<string> {
  const [a, b] = [await runProcess(...jq, { keepStdout: true, timeoutMs: TIMEOUT_MS }), await runProcess(...cli, { keepStdout: true, timeoutMs: TIMEOUT_MS })];
  if (a.code !== 0) throw new Error(`jq failed (${a.code}): ${a.stderr}`);
  if (b.code !== 0 && b.code !== 1) throw new Error(`airlock analyze failed (${b.code}): ${b.stderr}`);
  const fromJq = JSON.parse(a.stdout) as { deletes: number; replaces: number };
  const changes = (JSON.parse(b.stdout) as { changes: { action: string }[] }).changes;
  const fromCli = { deletes: changes.filter((c) => c.action === "delete").length, replaces: changes.filter((c) => c.action === "replace").length };
  const same = fromJq.deletes === fromCli.deletes && fromJq.replaces === fromCli.replaces;
  return same ? `✓ ${fromJq.deletes} + ${fromJq.replaces}` : `✗ jq ${fromJq.deletes} + ${fromJq.replaces}, airlock ${fromCli.deletes} + ${fromCli.replaces}`;
}
