import { parseHclDiff } from "../ingest/hcl/index.js";
import { mergeIngestResults } from "../ingest/merge-ingest-results.js";
import { ingestTerraformPlan } from "../ingest/terraform-plan/index.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { IngestResult } from "../model/ingest-result.js";
import type { PullRequestSnapshot, SnapshotFile } from "../model/snapshot.js";

const TERRAFORM_SOURCE = /\.(tf|tf\.json|tofu|tofu\.json)$/;

/**
 * `ingestSnapshot` turns what a PR carries into planned changes: every CI plan in the snapshot, and a static
 * HCL diff of the changed Terraform files that no plan covers (a plan named `envs/prod` covers files under
 * `envs/prod/`). A changed Terraform file whose text could not be fetched is an error diagnostic: unknown.
 */
export async function ingestSnapshot(snapshot: PullRequestSnapshot): Promise<IngestResult> {
  const plans = (snapshot.plans ?? []).map((p) => ingestTerraformPlan({ name: p.name, plan: p.plan }));
  const planRoots = (snapshot.plans ?? []).map((p) => p.name.replace(/\/+$/, ""));
  const uncovered = snapshot.files.filter((f) => isTerraformSource(f) && !planRoots.some((root) => covers(root, f.path)));
  const { readable, unreadable } = splitReadable(uncovered);
  const results = [...plans];
  if (readable.length > 0) results.push(await parseHclDiff({ files: readable }));
  const merged = mergeIngestResults(results);
  return unreadable.length === 0 ? merged : { ...merged, diagnostics: [...merged.diagnostics, ...unreadable] };
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
