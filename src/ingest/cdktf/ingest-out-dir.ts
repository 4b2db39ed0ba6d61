import type { IngestResult } from "../../model/ingest-result.js";
import { mergeIngestResults } from "../merge-ingest-results.js";
import { checkStackListing } from "./check-stack-listing.js";
import type { OutDirFiles } from "./group-synth-files.js";
import { ingestStack } from "./ingest-stack.js";
import type { StackDependency } from "./link-stack-dependencies.js";
import { manifestStackFor, readManifestSides } from "./read-manifest-sides.js";

/** Names the root of a stack of an output folder (the stack name, unless another output folder has one too). */
export type RootNamer = (outDir: string, stack: string) => string;

/**
 * `ingestOutDir` reads the changed synth files of one output folder: both sides of its manifest, then each
 * changed stack through `ingestStack` (in stack name order), and returns their merged result with the
 * manifest's diagnostics and the stack dependencies the manifest declares (head manifest, or base for a stack
 * only the base lists). When the manifest cannot be read, every stack of the folder is incomplete.
 */
export async function ingestOutDir(group: OutDirFiles, rootName: RootNamer): Promise<{ result: IngestResult; dependencies: StackDependency[] }> {
  const manifests = readManifestSides(group.manifest);
  const version = manifests.head?.version ?? manifests.base?.version;
  const results: IngestResult[] = [];
  const dependencies: StackDependency[] = [];
  for (const folder of [...group.stacks.keys()].sort()) {
    const file = group.stacks.get(folder);
    if (file === undefined) continue;
    const root = rootName(group.outDir, folder);
    const stack = await ingestStack({ file, root, manifestRead: manifests.read, ...(version === undefined ? {} : { version }) });
    results.push(stack);
    const listing = manifestStackFor(manifests.head, folder) ?? manifestStackFor(manifests.base, folder);
    for (const dependsOn of listing?.dependencies ?? []) {
      dependencies.push({ stack: folder, root, dependsOn, dependsOnRoot: rootName(group.outDir, dependsOn) });
    }
  }
  const merged = mergeIngestResults(results);
  const diagnostics = [...manifests.diagnostics, ...checkStackListing(group, manifests), ...merged.diagnostics];
  return { result: { ...merged, diagnostics }, dependencies };
}
