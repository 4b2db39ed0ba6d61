import { emptyGraph } from "../../model/dependency-graph.js";
import { diagnostic } from "../../model/diagnostic.js";
import type { IngestResult } from "../../model/ingest-result.js";
import { mergeIngestResults } from "../merge-ingest-results.js";
import { groupSynthFiles, type OutDirFiles, type SynthFileInput } from "./group-synth-files.js";
import { ingestOutDir, type RootNamer } from "./ingest-out-dir.js";
import { isJsonObject } from "./json-values.js";
import { linkStackDependencies, type StackDependency } from "./link-stack-dependencies.js";
import { joinRepoPath } from "./repo-path.js";

/**
 * `parseCdktfSynth` diffs cdktf synth output: the changed `<out>/manifest.json` and
 * `<out>/stacks/<stack>/cdk.tf.json` files of a pull request or artifact, with their base and head text
 * (null where absent). `<out>` is `cdktf.out`, an `output` named by a `cdktf.json` among the files, one of
 * `outDirs`, or the folder above `stacks/`. Each stack becomes one root named after the stack (qualified by
 * its folder, `infra/cdktf.out/stacks/App`, only when two output folders have a stack of that name), kind and
 * tool `cdktf`, diffed by the static Terraform JSON diff, with each change's `constructPath` read from the
 * `"//"` metadata. Manifest `dependencies` become graph edges from the consuming stack's cross-stack
 * `terraform_remote_state` to the producing stack's outputs. Other files give info diagnostics. Never
 * rejects: an unreadable manifest or `cdk.tf.json` gives error diagnostics (JSON path, line, column) and
 * incomplete roots.
 */
export async function parseCdktfSynth(params: { files: SynthFileInput[]; outDirs?: readonly string[] }): Promise<IngestResult> {
  try {
    return await ingestSynth(params);
  } catch (error) {
    const message = `reading cdktf synth output failed unexpectedly: ${error instanceof Error ? error.message : String(error)}; its changes are unknown`;
    const d = diagnostic({ level: "error", file: "(cdktf)", code: "cdktf.internal", message });
    return { changes: [], configChanges: [], graph: emptyGraph(), diagnostics: [d], roots: [] };
  }
}

async function ingestSynth(params: unknown): Promise<IngestResult> {
  const outDirs = isJsonObject(params) && Array.isArray(params.outDirs) ? (params.outDirs as unknown[]).filter((d): d is string => typeof d === "string") : [];
  const { groups, diagnostics } = groupSynthFiles(params, outDirs);
  const rootName = rootNamer(groups);
  const results: IngestResult[] = [];
  const dependencies: StackDependency[] = [];
  for (const group of groups) {
    const read = await ingestOutDir(group, rootName);
    results.push(read.result);
    dependencies.push(...read.dependencies);
  }
  const merged = mergeIngestResults(results);
  linkStackDependencies(merged.graph, dependencies);
  return { ...merged, diagnostics: [...diagnostics, ...merged.diagnostics] };
}

/** Stack names are roots; a name that two output folders share is qualified by its stack folder instead. */
function rootNamer(groups: readonly OutDirFiles[]): RootNamer {
  const seen = new Map<string, number>();
  for (const group of groups) for (const stack of group.stacks.keys()) seen.set(stack, (seen.get(stack) ?? 0) + 1);
  return (outDir, stack) => ((seen.get(stack) ?? 0) > 1 ? (joinRepoPath(outDir, `stacks/${stack}`) ?? `${outDir}/stacks/${stack}`) : stack);
}
