import { diagnostic, type Diagnostic } from "../../model/diagnostic.js";
import { outDirOf } from "./detect-cdktf-projects.js";
import { isJsonObject } from "./json-values.js";
import { locateSynthFile } from "./locate-synth-file.js";
import { basenameOf, dirnameOf, normalizeRepoPath } from "./repo-path.js";

/** One changed file: its repository path and its text at base and head (null when absent on that side). */
export interface SynthFileInput {
  path: string;
  base: string | null;
  head: string | null;
}

/** The changed synth files of one output folder: its manifest, and each stack's `cdk.tf.json` by stack folder name. */
export interface OutDirFiles {
  outDir: string;
  manifest?: SynthFileInput;
  stacks: Map<string, SynthFileInput>;
}

const CODE = "cdktf.input";

/**
 * `groupSynthFiles` validates `{ files: [...] }` as any caller may give it and groups the synth files by
 * output folder. Output folders are `outDirs`, those named by `cdktf.json` files among the inputs, any
 * `cdktf.out` folder, and the folder above each `stacks/<stack>/cdk.tf.json`. An entry without a path is
 * skipped with a warning; a side that is neither text nor null is an error (the file is not read: guessing
 * "absent" would invent creates or deletes); any other file is skipped with an info diagnostic. Never throws.
 */
export function groupSynthFiles(params: unknown, outDirs: readonly string[] = []): { groups: OutDirFiles[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const files = isJsonObject(params) ? params.files : undefined;
  if (!Array.isArray(files)) {
    diagnostics.push(diagnostic({ level: "error", file: "(cdktf)", code: CODE, message: "expected { files: [{ path, base, head }] }: nothing was read" }));
    return { groups: [], diagnostics };
  }
  const inputs: SynthFileInput[] = [];
  files.forEach((item: unknown, index) => {
    const path = isJsonObject(item) && typeof item.path === "string" && item.path !== "" ? normalizeRepoPath(item.path) : undefined;
    if (!isJsonObject(item) || path === undefined) {
      diagnostics.push(diagnostic({ level: "warning", file: "(cdktf)", path: `files[${index}]`, code: CODE, message: "file entry without a path: skipped" }));
    } else if (!isText(item.base) || !isText(item.head)) {
      diagnostics.push(diagnostic({ level: "error", file: path, code: CODE, message: "base or head text is not a string: the file was not read, so its changes are unknown" }));
    } else inputs.push({ path, base: item.base ?? null, head: item.head ?? null });
  });
  const known = [...outDirs.filter((d) => typeof d === "string"), ...projectOutDirs(inputs)];
  for (const input of inputs) {
    const found = locateSynthFile(input.path, known);
    if (found?.kind === "stack") known.push(found.outDir);
  }
  const groups = new Map<string, OutDirFiles>();
  for (const input of inputs) {
    const found = locateSynthFile(input.path, known);
    if (found === undefined) {
      if (basenameOf(input.path) !== "cdktf.json") {
        diagnostics.push(diagnostic({ level: "info", file: input.path, code: "cdktf.skipped", message: "not a cdktf manifest.json or stacks/<stack>/cdk.tf.json: not read as synth output" }));
      }
      continue;
    }
    let group = groups.get(found.outDir);
    if (group === undefined) groups.set(found.outDir, (group = { outDir: found.outDir, stacks: new Map() }));
    if (found.kind === "manifest") group.manifest = input;
    else group.stacks.set(found.stack, input);
  }
  return { groups: [...groups.values()].sort((a, b) => (a.outDir < b.outDir ? -1 : a.outDir > b.outDir ? 1 : 0)), diagnostics };
}

function isText(value: unknown): value is string | null | undefined {
  return value === null || value === undefined || typeof value === "string";
}

/** Output folders named by the `cdktf.json` files among the inputs (head text, else base). */
function projectOutDirs(inputs: readonly SynthFileInput[]): string[] {
  return inputs.filter((i) => basenameOf(i.path) === "cdktf.json").map((i) => outDirOf(dirnameOf(i.path), i.head ?? i.base ?? undefined));
}
