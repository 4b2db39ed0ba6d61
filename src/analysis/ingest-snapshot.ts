import { detectCdktfProjects, isCdktfSynthPath, parseCdktfSynth } from "../ingest/cdktf/index.js";
import { diffCloudFormation } from "../ingest/cloudformation/index.js";
import { templatePairs } from "./template-pairs.js";
import { parseHclDiff } from "../ingest/hcl/index.js";
import { mergeIngestResults } from "../ingest/merge-ingest-results.js";
import { ingestTerraformPlan } from "../ingest/terraform-plan/index.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { IngestResult } from "../model/ingest-result.js";
import type { ResourceChange } from "../model/resource-change.js";
import type { PullRequestSnapshot, SnapshotFile } from "../model/snapshot.js";

const TERRAFORM_SOURCE = /\.(tf|tf\.json|tofu|tofu\.json)$/;

/**
 * `ingestSnapshot` turns what a PR carries into planned changes: every CI plan in the snapshot; the stacks of
 * committed CDK for Terraform synth output; and a static HCL diff of the changed Terraform files that no plan
 * covers (a plan named `envs/prod` covers files under `envs/prod/`, a plan named after a cdktf stack covers
 * that stack). A changed IaC file whose text could not be fetched is an error diagnostic: unknown.
 */
export async function ingestSnapshot(snapshot: PullRequestSnapshot, options: { cloudformationPaths?: ReadonlySet<string> } = {}): Promise<SnapshotIngest> {
  const plans = (snapshot.plans ?? []).map((p) => ingestTerraformPlan({ name: p.name, plan: p.plan }));
  const planRoots = (snapshot.plans ?? []).map((p) => p.name.replace(/\/+$/, ""));
  const outDirs = detectCdktfProjects({ paths: snapshot.files.map((f) => f.path), cdktfJson: cdktfJsonFiles(snapshot.files) }).map((p) => p.outDir);
  const synth = snapshot.files.filter((f) => isCdktfSynthPath(f.path, outDirs));
  const allTerraform = snapshot.files.filter((f) => isTerraformSource(f) && !isCdktfSynthPath(f.path, outDirs));
  const terraform = allTerraform.filter((f) => !planRoots.some((root) => covers(root, f.path)));
  const planned = allTerraform.filter((f) => planRoots.some((root) => covers(root, f.path)));
  const { readable, unreadable } = splitReadable([...terraform, ...synth]);
  const synthPaths = new Set(synth.map((f) => f.path));
  const hclFiles = readable.filter((f) => !synthPaths.has(f.path));
  const synthFiles = readable.filter((f) => synthPaths.has(f.path) && !planRoots.includes(stackOf(f.path)));
  const results = [...plans];
  if (hclFiles.length > 0) results.push(await parseHclDiff({ files: hclFiles }));
  if (synthFiles.length > 0) results.push(await parseCdktfSynth({ files: synthFiles, outDirs }));
  const templates = templatePairs({ templates: snapshot.templates ?? [], files: snapshot.files, cloudformationPaths: options.cloudformationPaths ?? new Set() });
  if (templates.pairs.length > 0) results.push(diffCloudFormation({ templates: templates.pairs }));
  unreadable.push(...templates.diagnostics);
  const merged = mergeIngestResults(results);
  const result = unreadable.length === 0 ? merged : { ...merged, diagnostics: [...merged.diagnostics, ...unreadable] };
  const plannedHcl = splitReadable(planned).readable;
  return {
    result,
    planChanges: plans.flatMap((p) => p.changes),
    plannedHcl: plannedHcl.length > 0 ? (await parseHclDiff({ files: plannedHcl })).changes : [],
    planRoots,
    changedRoots: changedRoots(allTerraform, synth),
  };
}

/** What a snapshot brings: the changes to score, and what the plan cross-check and plan requirement need. */
export interface SnapshotIngest {
  result: IngestResult;
  /** Changes read from CI plans, and the static diff of the files those plans cover (for the cross-check). */
  planChanges: ResourceChange[];
  plannedHcl: ResourceChange[];
  planRoots: string[];
  /** Root module directories and cdktf stacks the PR changes (shared modules under `modules/` are not roots). */
  changedRoots: string[];
}

function changedRoots(terraform: readonly SnapshotFile[], synth: readonly SnapshotFile[]): string[] {
  const roots = new Set<string>();
  for (const f of terraform) {
    const dir = f.path.includes("/") ? f.path.slice(0, f.path.lastIndexOf("/")) : ".";
    if (!/(^|\/)modules(\/|$)/.test(dir)) roots.add(dir);
  }
  for (const f of synth) if (stackOf(f.path)) roots.add(stackOf(f.path));
  return [...roots].sort();
}

function cdktfJsonFiles(files: readonly SnapshotFile[]): { path: string; text: string }[] {
  return files.filter((f) => /(^|\/)cdktf\.json$/.test(f.path) && typeof f.head === "string").map((f) => ({ path: f.path, text: f.head as string }));
}

/** The stack a `…/stacks/<stack>/cdk.tf.json` file belongs to (a CI plan named after the stack covers it). */
function stackOf(path: string): string {
  const match = /\/stacks\/([^/]+)\/cdk\.tf\.json$/.exec(path);
  return match?.[1] ?? "";
}

function isTerraformSource(file: SnapshotFile): boolean {
  return TERRAFORM_SOURCE.test(file.path) || (file.previousPath !== undefined && file.previousPath !== null && TERRAFORM_SOURCE.test(file.previousPath));
}

function covers(root: string, path: string): boolean {
  return root === "" || root === "." || path.startsWith(`${root}/`);
}

function splitReadable(files: readonly SnapshotFile[]): { readable: { path: string; base: string | null; head: string | null }[]; unreadable: Diagnostic[] } {
  const readable: { path: string; base: string | null; head: string | null }[] = [];
  const unreadable: Diagnostic[] = [];
  for (const file of files) {
    const base = file.status === "added" ? null : (file.base ?? undefined);
    const head = file.status === "removed" ? null : (file.head ?? undefined);
    if (base === undefined || head === undefined) {
      unreadable.push({ level: "error", file: file.path, message: "the file's text could not be fetched (too large, binary or missing), so its change is unknown", code: "snapshot.body-missing" });
      continue;
    }
    if (file.status === "renamed" && file.previousPath) {
      readable.push({ path: file.previousPath, base, head: null }, { path: file.path, base: null, head });
    } else readable.push({ path: file.path, base, head });
  }
  return { readable, unreadable };
}
