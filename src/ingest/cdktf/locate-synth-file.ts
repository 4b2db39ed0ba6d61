import { normalizeRepoPath } from "./repo-path.js";

/** The default output folder of `cdktf synth`, used when cdktf.json names none. */
export const DEFAULT_OUT_DIR = "cdktf.out";

/** Where a synth output file sits: its output folder (a repository path) and what the file is. */
export type SynthFileLocation = { outDir: string; kind: "manifest" } | { outDir: string; kind: "stack"; stack: string };

const STACK_FILE = /^stacks\/([^/]+)\/cdk\.tf\.json$/;
const UNDER_DEFAULT_OUT = /^(?:(.+)\/)?cdktf\.out\/(.+)$/;
const ANY_STACK_FILE = /^(?:(.+)\/)?stacks\/([^/]+)\/cdk\.tf\.json$/;

/**
 * `locateSynthFile` tells whether a repository path is a cdktf synth file that Airlock reads: the
 * `<out>/manifest.json` or a `<out>/stacks/<stack>/cdk.tf.json`. `<out>` is one of `outDirs` (repository paths
 * of output folders, as `detectCdktfProjects` returns them), else any folder named `cdktf.out`; a
 * `stacks/<stack>/cdk.tf.json` is recognised under any folder, since no other tool writes that file name.
 * Other files of the output (`metadata.json`, assets) and everything else give undefined.
 */
export function locateSynthFile(path: string, outDirs: readonly string[] = []): SynthFileLocation | undefined {
  const normalized = normalizeRepoPath(path);
  const known = outDirs.filter((d) => typeof d === "string").map(normalizeRepoPath).sort((a, b) => b.length - a.length);
  for (const outDir of known) {
    const rel = outDir === "." ? normalized : normalized.startsWith(`${outDir}/`) ? normalized.slice(outDir.length + 1) : undefined;
    const found = rel === undefined ? undefined : locateInside(outDir, rel);
    if (found !== undefined) return found;
  }
  const underDefault = UNDER_DEFAULT_OUT.exec(normalized);
  if (underDefault !== null) {
    const outDir = underDefault[1] === undefined ? DEFAULT_OUT_DIR : `${underDefault[1]}/${DEFAULT_OUT_DIR}`;
    const found = locateInside(outDir, underDefault[2] ?? "");
    if (found !== undefined) return found;
  }
  const stackFile = ANY_STACK_FILE.exec(normalized);
  if (stackFile?.[2] === undefined) return undefined;
  return { outDir: stackFile[1] ?? ".", kind: "stack", stack: stackFile[2] };
}

function locateInside(outDir: string, rel: string): SynthFileLocation | undefined {
  if (rel === "manifest.json") return { outDir, kind: "manifest" };
  const stack = STACK_FILE.exec(rel)?.[1];
  return stack === undefined ? undefined : { outDir, kind: "stack", stack };
}
