import type { Diagnostic, SnapshotPlan, SnapshotTemplate } from "../../model/index.js";
import { artifactLimits, readPlanArtifact, rootKey, unzipArtifact, type ArtifactManifest, type SynthFile } from "../../ingest/artifacts/index.js";
import type { RepoRef } from "../github-client.js";
import { downloadArtifact } from "./download-artifact.js";
import { listRunArtifacts, type PlanArtifact } from "./list-run-artifacts.js";
import type { PlanRun } from "./plan-run.js";

/** Plan artifacts downloaded from one run at most. */
export const MAX_PLAN_ARTIFACTS = 50;

/** Inputs of readRunArtifacts. */
export interface ReadRunArtifactsParams extends RepoRef {
  run: PlanRun;
  prefix: string;
  maxArtifactBytes: number;
  maxPlanBytes: number;
}

/** Everything read from a run's plan artifacts. */
export interface RunArtifacts {
  plans: SnapshotPlan[];
  templates: SnapshotTemplate[];
  synthFiles: SynthFile[];
  manifests: ArtifactManifest[];
  diagnostics: Diagnostic[];
  /** Roots whose manifest was written for another commit than the run's. */
  staleRoots: string[];
}

/**
 * `readRunArtifacts` lists the run's artifacts named `prefix…` (1 request per 100) and reads them one after the
 * other, so at most one zip is in memory: skip expired ones, download (1 request each, plus the storage redirect),
 * unzip within the limits, read the manifests. Each problem is an error diagnostic naming the artifact; a root planned
 * twice across artifacts is an error. GitHub failures other than a gone artifact throw a GitHubError.
 */
export async function readRunArtifacts(params: ReadRunArtifactsParams): Promise<RunArtifacts> {
  const { run } = params;
  const out: RunArtifacts = { plans: [], templates: [], synthFiles: [], manifests: [], diagnostics: [], staleRoots: [] };
  const listed = await listRunArtifacts({ ...params, runId: run.id });
  const report = (file: string, code: string, message: string, level: Diagnostic["level"] = "error"): void => void out.diagnostics.push({ level, file, message, code });
  if (listed.artifacts.length === 0) report(run.path, "artifact.none", `plan workflow run ${run.id} uploaded no artifact whose name starts with ${params.prefix}`, "warning");
  if (listed.truncated || listed.artifacts.length > MAX_PLAN_ARTIFACTS) {
    report(run.path, "artifact.too-many", `plan workflow run ${run.id} uploaded more than ${MAX_PLAN_ARTIFACTS} plan artifacts; only the first ${MAX_PLAN_ARTIFACTS} were read`);
  }
  const claimed = new Set<string>();
  for (const artifact of listed.artifacts.slice(0, MAX_PLAN_ARTIFACTS)) {
    const problem = listingProblem(artifact, run);
    if (problem !== undefined) {
      report(artifact.name, problem.code, `artifact ${artifact.name} ${problem.message}`);
      continue;
    }
    const downloaded = await downloadArtifact({ ...params, artifactId: artifact.id, maxBytes: params.maxArtifactBytes, sizeInBytes: artifact.sizeInBytes, digest: artifact.digest });
    if (!downloaded.ok) {
      report(artifact.name, downloaded.code, `artifact ${artifact.name} was not read: ${downloaded.message}`);
      continue;
    }
    const unzipped = unzipArtifact({ artifact: artifact.name, bytes: downloaded.bytes, limits: artifactLimits(params.maxPlanBytes) });
    if (unzipped.entries.size === 0 && unzipped.diagnostics.length > 0) {
      out.diagnostics.push(...unzipped.diagnostics);
      continue;
    }
    const origin = { name: artifact.name, digest: `sha256:${downloaded.sha256}`, workflow: run.path, runId: run.id };
    const contents = readPlanArtifact({ artifact: origin, entries: unzipped.entries, headSha: run.headSha, claimedRoots: claimed });
    out.diagnostics.push(...unzipped.diagnostics, ...contents.diagnostics);
    out.plans.push(...contents.plans);
    out.templates.push(...contents.templates);
    out.synthFiles.push(...contents.synthFiles);
    out.manifests.push(...contents.manifests);
    for (const m of contents.manifests) claimed.add(rootKey(m.manifest));
    out.staleRoots.push(...contents.staleRoots);
  }
  return out;
}

function listingProblem(artifact: PlanArtifact, run: PlanRun): { code: string; message: string } | undefined {
  if (artifact.expired) return { code: "artifact.gone", message: "has expired; re-run the plan workflow" };
  if (artifact.headSha !== undefined && artifact.headSha !== run.headSha) {
    return { code: "artifact.stale", message: `was uploaded for commit ${artifact.headSha.slice(0, 7)}, not ${run.headSha.slice(0, 7)}` };
  }
  return undefined;
}
