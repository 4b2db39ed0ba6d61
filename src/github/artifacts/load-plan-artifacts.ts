import type { Diagnostic, SnapshotPlan, SnapshotTemplate } from "../../model/index.js";
import type { ArtifactManifest, SynthFile } from "../../ingest/artifacts/index.js";
import type { RepoRef } from "../github-client.js";
import { readRunArtifacts } from "./read-run-artifacts.js";
import { selectPlanRun } from "./select-plan-run.js";

/** Inputs of loadPlanArtifacts, from the config's `plans` section and the pull request. */
export interface LoadPlanArtifactsParams extends RepoRef {
  /** The pull request head SHA: only plans of this commit count. */
  headSha: string;
  /** `plans.workflow`: the only workflow file whose artifacts are trusted. */
  workflowPath: string;
  /** `plans.artifactPrefix`. */
  prefix: string;
  /** `plans.maxArtifactBytes`: largest zip downloaded. */
  maxArtifactBytes: number;
  /** `plans.maxPlanBytes`: largest file read from a zip. */
  maxPlanBytes: number;
  /** The run a `workflow_run` event named, if any; still checked against `workflowPath` and `headSha`. */
  runId?: number | undefined;
}

/**
 * Whether plans for the head commit exist: `found` (a successful trusted run's artifacts were read; problems are in
 * `diagnostics`), `missing` (no finished run of the plan workflow for this commit yet), `stale` (only plans of
 * another commit), `failed-run` (the newest run for this commit did not succeed; its artifacts are not read).
 */
export type PlanArtifactsStatus = "found" | "missing" | "stale" | "failed-run";

/** What loadPlanArtifacts gathered, ready for a PullRequestSnapshot. */
export interface LoadedPlanArtifacts {
  status: PlanArtifactsStatus;
  plans: SnapshotPlan[];
  templates: SnapshotTemplate[];
  synthFiles: SynthFile[];
  manifests: ArtifactManifest[];
  diagnostics: Diagnostic[];
  run?: { id: number; headSha: string; path: string; conclusion: string | null };
}

/**
 * `loadPlanArtifacts` reads the plans CI produced for a pull request's head commit. It trusts only completed runs of
 * exactly `workflowPath` for `headSha` (the given `runId` or the newest such run), and within them only manifests
 * written for `headSha`. Requests: 1 to find the run (`runs?head_sha=`, or `runs/{id}` for a trusted `runId`, plus the
 * search if that run does not qualify), 1 to list artifacts per 100, 1 per artifact downloaded (each followed by a
 * redirect to storage). Problems with artifacts are diagnostics (errors keep the gate blocked); GitHub failures throw
 * a GitHubError.
 */
export async function loadPlanArtifacts(params: LoadPlanArtifactsParams): Promise<LoadedPlanArtifacts> {
  const selection = await selectPlanRun(params);
  const empty = { plans: [], templates: [], synthFiles: [], manifests: [] };
  if ("status" in selection) return { status: selection.status, ...empty, diagnostics: selection.diagnostics };
  const { run } = selection;
  const summary = { id: run.id, headSha: run.headSha, path: run.path, conclusion: run.conclusion };
  if (run.conclusion !== "success") {
    const where = run.htmlUrl === undefined ? "" : ` (${run.htmlUrl})`;
    const diagnostic: Diagnostic = {
      level: "error",
      file: run.path,
      code: "artifact.failed-run",
      message: `the plan workflow run ${run.id} for ${run.headSha.slice(0, 7)} ended with ${run.conclusion ?? "no conclusion"}${where}, so there is no plan to read; fix it and re-run`,
    };
    return { status: "failed-run", ...empty, diagnostics: [...selection.diagnostics, diagnostic], run: summary };
  }
  const read = await readRunArtifacts({ ...params, run });
  const { staleRoots, ...contents } = read;
  return {
    status: staleRoots.length > 0 ? "stale" : "found",
    ...contents,
    diagnostics: [...selection.diagnostics, ...read.diagnostics],
    run: summary,
  };
}
