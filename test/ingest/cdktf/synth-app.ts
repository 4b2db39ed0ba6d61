import { App } from "cdktf";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { SynthFileInput } from "../../../src/ingest/cdktf/index.js";

export { crossStack, databaseStack, resource, stack } from "../../../fixtures/cdktf/scenarios.js";

/** The files `cdktf synth` wrote that Airlock reads, by path relative to the output folder. */
export type SynthOutput = Map<string, string>;

const outdirs: string[] = [];

/**
 * `synthApp` runs a real cdktf synthesis: `build` adds stacks to an `App` whose outdir is a fresh temporary
 * folder, `app.synth()` writes it, and the manifest and every `stacks/<name>/cdk.tf.json` are read back.
 */
export function synthApp(build: (app: App) => void): SynthOutput & { outdir: string } {
  const outdir = mkdtempSync(path.join(tmpdir(), "airlock-cdktf-"));
  outdirs.push(outdir);
  const app = new App({ outdir });
  build(app);
  app.synth();
  return Object.assign(readSynthOutput(outdir), { outdir });
}

/** `removeSynthOutputs` deletes every temporary outdir `synthApp` created. */
export function removeSynthOutputs(): void {
  for (const dir of outdirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * `changedFiles` lists the files a pull request would show between two synth outputs committed under
 * `outDir`: only files whose text differs, null on the side where a file is absent.
 */
export function changedFiles(base: SynthOutput | null, head: SynthOutput | null, outDir = "infra/cdktf.out"): SynthFileInput[] {
  const rels = new Set([...(base?.keys() ?? []), ...(head?.keys() ?? [])]);
  return [...rels]
    .sort()
    .map((rel) => ({ path: `${outDir}/${rel}`, base: base?.get(rel) ?? null, head: head?.get(rel) ?? null }))
    .filter((f) => f.base !== f.head);
}

/**
 * `readSynthOutput` reads a committed synth output folder (`manifest.json` and every
 * `stacks/<name>/cdk.tf.json`) the way `synthApp` returns a fresh one.
 */
export function readSynthOutput(outdir: string): SynthOutput {
  const out: SynthOutput = new Map();
  out.set("manifest.json", readFileSync(path.join(outdir, "manifest.json"), "utf8"));
  for (const stack of readdirSync(path.join(outdir, "stacks")).sort()) {
    out.set(`stacks/${stack}/cdk.tf.json`, readFileSync(path.join(outdir, "stacks", stack, "cdk.tf.json"), "utf8"));
  }
  return out;
}
