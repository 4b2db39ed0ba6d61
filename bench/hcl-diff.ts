/**
 * Benchmark 3: the static HCL diff (`parseHclDiff`, every file of a corpus as added) vs a raw hcl2json
 * `parse()` of the same files, in this process, warm (the WebAssembly start-up is paid before timing, on both
 * sides), interleaved. Target: at most 1.3x the raw parse.
 */
import { readdirSync, readFileSync, statSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "@cdktf/hcl2json";
import { parseHclDiff } from "../src/ingest/hcl/index.js";
import type { BenchmarkReport } from "./report.js";
import { interleave, ms, ratio, shown, table } from "./timing.js";

const MAX_RATIO = 1.3;

/** The `.tf` files of a directory tree, with paths relative to it. */
export function readTfFiles(root: string): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(".tf")) out.push({ path: relative(root, full), text: readFileSync(full, "utf8") });
    }
  };
  walk(root);
  return out;
}

/** `hclCorpus` is the shared corpus when present (or `override`), else the project's fixtures. */
export function hclCorpus(root: string, override: string | undefined): string {
  if (override) return override;
  const shared = join(root, "..", "shared", "corpus", "hcl");
  return existsSync(shared) ? shared : join(root, "fixtures", "hcl");
}

/** `benchHclDiff` runs the comparison on the corpus under `corpus`. */
export async function benchHclDiff(options: { corpus: string; rounds: number }): Promise<BenchmarkReport> {
  const files = readTfFiles(options.corpus);
  if (files.length === 0) throw new Error(`no .tf files under ${options.corpus}`);
  const raw = async () => {
    for (const f of files) await parse(f.path, f.text);
  };
  const diff = async () => {
    const result = await parseHclDiff({ files: files.map((f) => ({ path: f.path, base: null, head: f.text })) });
    if (result.diagnostics.some((d) => d.level === "error")) throw new Error(`parseHclDiff reported errors: ${result.diagnostics.map((d) => d.message).join("; ")}`);
    return result;
  };
  await raw();
  const warm = await diff();
  const t = await interleave({ rounds: options.rounds }, { raw, diff });
  const best = t.diff.best / t.raw.best;
  const med = t.diff.median / t.raw.median;
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  return {
    title: "HCL static diff vs raw hcl2json parse of the same files",
    body: [
      `Corpus: ${relative(process.cwd(), options.corpus) || "."} (${files.length} .tf files, ${(bytes / 1024).toFixed(0)} KB, ${warm.changes.length} resources found). Warm, interleaved, ${options.rounds} rounds; best / median in ms.`,
      table(["files", "hcl2json parse() ms", "parseHclDiff ms", "ratio best / median"], [[files.length, `${ms(t.raw.best)} / ${ms(t.raw.median)}`, `${ms(t.diff.best)} / ${ms(t.diff.median)}`, `${ratio(best)} / ${ratio(med)}`]]),
    ],
    targets: [{ benchmark: "HCL diff vs hcl2json parse", target: `≤ ${MAX_RATIO}x`, measured: `${ratio(best)} (median ${ratio(med)})`, pass: shown(best) <= MAX_RATIO }],
  };
}
