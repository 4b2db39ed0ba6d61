import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { synthesizeScenarios, type Side } from "../../../fixtures/cdk/scenarios.js";

/** Files of a synthesized cloud assembly that Airlock reads (not the tree or the validation report). */
const ASSEMBLY_FILE = /(?:^manifest\.json|\.template\.json|\.assets\.json|\.metadata\.json)$/;

/** `readAssemblyDir` reads a cdk.out directory into the path → text map `readCloudAssembly` takes, under `prefix`. */
export function readAssemblyDir(dir: string, prefix = "cdk.out"): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (sub: string) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub === "" ? entry.name : `${sub}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (ASSEMBLY_FILE.test(entry.name)) files.set(`${prefix}/${rel}`, readFileSync(path.join(dir, rel), "utf8"));
    }
  };
  walk("");
  return files;
}

/** `synthesizeAssembly` synthesizes the scenarios of one side into a temporary directory and reads it back. */
export function synthesizeAssembly(side: Side): Map<string, string> {
  const outdir = mkdtempSync(path.join(tmpdir(), `airlock-cdk-${side}-`));
  try {
    synthesizeScenarios(side, outdir);
    return readAssemblyDir(outdir);
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
