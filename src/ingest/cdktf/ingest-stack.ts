import { configAddressOf } from "../../model/dependency-graph.js";
import { hasErrors } from "../../model/diagnostic.js";
import type { IngestResult, RootInfo } from "../../model/ingest-result.js";
import type { ResourceChange } from "../../model/resource-change.js";
import { parseHclDiff } from "../hcl/index.js";
import type { SynthFileInput } from "./group-synth-files.js";
import { readStackMetadata, type StackMetadata } from "./read-stack-metadata.js";
import { renameRoot } from "./rename-root.js";

/** One stack to diff: its `cdk.tf.json`, the root name to report it under, and what its manifest said. */
export interface StackInput {
  file: SynthFileInput;
  root: string;
  /** The cdktf version the manifest names, if it was read. */
  version?: string;
  /** False when the stack's manifest could not be read, so the stack is not fully known. */
  manifestRead: boolean;
}

/**
 * `ingestStack` diffs the base and head `cdk.tf.json` of one stack with the static Terraform JSON diff
 * (`parseHclDiff`), reports it as root `root` (kind and tool `cdktf`, version from the manifest or the
 * file's `"//"` metadata) and gives each change the construct path its `"//"` metadata records: from the head,
 * or the base for deletes and for what the head does not annotate. The root is incomplete when either side or
 * the manifest could not be read. Never rejects (parseHclDiff does not).
 */
export async function ingestStack(input: StackInput): Promise<IngestResult> {
  const { file, root } = input;
  const hcl = await parseHclDiff({ files: [{ path: file.path, base: file.base, head: file.head }] });
  let result = hcl;
  for (const info of hcl.roots) result = renameRoot(result, info.name, root);
  const base = file.base === null ? undefined : readStackMetadata(file.base);
  const head = file.head === null ? undefined : readStackMetadata(file.head);
  const version = input.version ?? head?.version ?? base?.version;
  const complete = input.manifestRead && !hasErrors(hcl.diagnostics) && hcl.roots.every((r) => r.complete);
  const info: RootInfo = { name: root, kind: "cdktf", tool: "cdktf", complete };
  if (version !== undefined) info.version = version;
  return { ...result, changes: result.changes.map((c) => withConstructPath(c, base, head)), roots: [info] };
}

function withConstructPath(change: ResourceChange, base: StackMetadata | undefined, head: StackMetadata | undefined): ResourceChange {
  const address = configAddressOf(change.address);
  const previous = change.previousAddress === undefined ? address : configAddressOf(change.previousAddress);
  const fromHead = head?.constructPaths.get(address);
  const fromBase = base?.constructPaths.get(previous) ?? base?.constructPaths.get(address);
  const path = change.action === "delete" ? (fromBase ?? fromHead) : (fromHead ?? fromBase);
  return path === undefined ? change : { ...change, constructPath: path };
}
