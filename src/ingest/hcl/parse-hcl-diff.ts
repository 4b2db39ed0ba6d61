import { emptyGraph, mergeGraphs } from "../../model/dependency-graph.js";
import { diagnostic, hasErrors, type Diagnostic } from "../../model/diagnostic.js";
import type { IngestResult, RootInfo } from "../../model/ingest-result.js";
import { buildHclGraph } from "./build-hcl-graph.js";
import { buildInventory } from "./build-inventory.js";
import { diffModules } from "./diff-modules.js";
import { diffResources } from "./diff-resources.js";
import { diffSettings } from "./diff-settings.js";
import { diffValues } from "./diff-values.js";
import type { ParsedFile } from "./hcl-types.js";
import { parseHclFile } from "./parse-hcl-file.js";
import { readHclInputs, rootOf, type HclFileInput, type ReadInput } from "./read-hcl-inputs.js";

interface RootFiles {
  base: ParsedFile[];
  head: ParsedFile[];
  diagnostics: Diagnostic[];
}

/**
 * `parseHclDiff` diffs the base and head text of changed `.tf` / `.tf.json` files without a plan. Files are
 * grouped by directory (one Terraform root per directory, `.` at the top level); each directory's base and head
 * inventories are built from its changed files and compared by address, giving `source: "hcl"` ResourceChanges
 * (certainty `likely` or `possible`, never `certain`), ConfigChanges (modules, providers, backend, outputs,
 * variables, locals, count/for_each), the head's dependency graph and one RootInfo per directory (`complete:
 * false` when any of its files could not be read). Files are parsed one at a time (the parser is
 * single-threaded). Never rejects: unreadable input becomes error diagnostics.
 */
export async function parseHclDiff(params: { files: HclFileInput[] }): Promise<IngestResult> {
  try {
    return await diffFiles(params);
  } catch (error) {
    return failure(params, error);
  }
}

async function diffFiles(params: unknown): Promise<IngestResult> {
  const { inputs, diagnostics } = readHclInputs(params);
  const roots = new Map<string, RootFiles>();
  const group = (root: string): RootFiles => {
    let files = roots.get(root);
    if (files === undefined) roots.set(root, (files = { base: [], head: [], diagnostics: [] }));
    return files;
  };
  for (const input of inputs) await addInput(input, group);
  const results = [...roots.keys()].sort().map((root) => diffRoot(root, roots.get(root) as RootFiles));
  return {
    changes: results.flatMap((r) => r.changes),
    configChanges: results.flatMap((r) => r.configChanges),
    graph: results.length === 0 ? emptyGraph() : mergeGraphs(results.map((r) => r.graph)),
    diagnostics: [...diagnostics, ...results.flatMap((r) => r.diagnostics)],
    roots: results.flatMap((r) => r.roots),
  };
}

/** Parses both sides of one file into its roots' groups; a side that cannot be read keeps the whole file out. */
async function addInput(input: ReadInput, group: (root: string) => RootFiles): Promise<void> {
  if (input.problem !== undefined) {
    group(rootOf(input.path)).diagnostics.push(input.problem);
    return;
  }
  const parsed: ParsedFile[] = [];
  for (const side of ["base", "head"] as const) {
    const text = input[side];
    if (text === null) continue;
    const path = side === "base" ? (input.previousPath ?? input.path) : input.path;
    const result = await parseHclFile({ path, root: rootOf(path), side, text });
    group(result.file.root).diagnostics.push(...result.diagnostics);
    parsed.push(result.file);
  }
  // A side that could not be read is unknown, not empty: diffing the other side alone would report every
  // block of the file as created or deleted. Such a file is left out of both sides; its roots are incomplete.
  const unreadable = parsed.filter((file) => file.body === null);
  for (const file of parsed) {
    if (unreadable.length === 0) group(file.root)[file.side].push(file);
    else if (!unreadable.some((u) => u.root === file.root)) {
      const message = `not diffed: the other side of this renamed file (${input.path}) could not be read`;
      group(file.root).diagnostics.push(diagnostic({ level: "error", file: file.path, code: "hcl.syntax", message }));
    }
  }
}

function diffRoot(root: string, files: RootFiles): IngestResult {
  const base = buildInventory(files.base);
  const head = buildInventory(files.head);
  const sides = { root, base: base.inventory, head: head.inventory };
  const resources = diffResources(sides);
  const diagnostics = [...files.diagnostics, ...base.diagnostics, ...head.diagnostics];
  const info: RootInfo = { name: root, kind: "hcl", tool: "terraform", complete: !hasErrors(diagnostics) };
  return {
    changes: resources.changes,
    configChanges: [...diffModules(sides), ...diffSettings(sides), ...resources.configChanges, ...diffValues(sides)],
    graph: buildHclGraph(sides),
    diagnostics,
    roots: [info],
  };
}

/** Last line of defence: an unexpected failure is reported as data and every touched directory is incomplete. */
function failure(params: unknown, error: unknown): IngestResult {
  const message = `the static HCL diff failed unexpectedly: ${error instanceof Error ? error.message : String(error)}; changes are unknown`;
  let roots: RootInfo[] = [];
  try {
    const names = new Set(readHclInputs(params).inputs.map((i) => rootOf(i.path)));
    roots = [...names].sort().map((name) => ({ name, kind: "hcl", tool: "terraform", complete: false }));
  } catch {
    roots = [];
  }
  const d = diagnostic({ level: "error", file: roots[0]?.name ?? "(hcl)", code: "hcl.internal", message });
  return { changes: [], configChanges: [], graph: emptyGraph(), diagnostics: [d], roots };
}
