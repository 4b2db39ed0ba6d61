import type { Diagnostic } from "../../model/index.js";
import { isNotFound } from "../github-error.js";
import type { RepoRef } from "../github-client.js";
import { findPlanRuns, type IgnoredRun } from "./find-plan-runs.js";
import { getPlanRun } from "./get-plan-run.js";
import { latestFirst, type PlanRun } from "./plan-run.js";

/** Inputs of selectPlanRun. */
export interface SelectPlanRunParams extends RepoRef {
  headSha: string;
  workflowPath: string;
  /** A run named by a `workflow_run` event; used only if it is a completed run of the trusted workflow for `headSha`. */
  runId?: number | undefined;
}

/** The run whose artifacts to read, or why there is none (`missing`: no finished run yet; `stale`: runs only for other commits). */
export type PlanRunSelection = { run: PlanRun; diagnostics: Diagnostic[] } | { status: "missing" | "stale"; diagnostics: Diagnostic[] };

/**
 * `selectPlanRun` picks the run whose artifacts hold the plans of `headSha`: the given `runId` when it is a completed
 * run of exactly `workflowPath` for `headSha` (1 request), else the newest completed run `findPlanRuns` returns
 * (1 more request; also when that run is gone). Runs of another workflow are ignored with a warning: any workflow can upload an artifact with the
 * right name, and only the configured one is trusted. When the newest run is still going, the plan is `missing` (it
 * is coming). A missing workflow file (404) is `missing` with a warning; other GitHub failures throw.
 */
export async function selectPlanRun(params: SelectPlanRunParams): Promise<PlanRunSelection> {
  const diagnostics: Diagnostic[] = [];
  const note = (level: Diagnostic["level"], code: string, message: string): void => void diagnostics.push({ level, file: params.workflowPath, message, code });
  const headSha = params.headSha.toLowerCase();
  let otherCommit = false;
  if (params.runId !== undefined) {
    const given = await getPlanRun({ ...params, runId: params.runId }).catch((error: unknown) => {
      if (isNotFound(error)) return undefined;
      throw error;
    });
    const why = given === undefined ? undefined : ignoredWhy(given, params.workflowPath, headSha);
    if (given !== undefined && why === undefined && given.status === "completed") return { run: given, diagnostics };
    if (given !== undefined && why !== undefined) describeIgnored({ run: given, why }, params.workflowPath, note);
    otherCommit = why === "other-commit";
  }
  let runs;
  try {
    runs = await findPlanRuns({ ...params, headSha });
  } catch (error) {
    if (!isNotFound(error)) throw error;
    note("warning", "artifact.no-workflow", `the plan workflow ${params.workflowPath} does not exist in this repository, so no plan can be read`);
    return { status: "missing", diagnostics };
  }
  for (const ignored of runs.ignored) describeIgnored(ignored, params.workflowPath, note);
  otherCommit ||= runs.ignored.some((i) => i.why === "other-commit");
  const [newest] = [...runs.completed, ...runs.unfinished].sort(latestFirst);
  if (newest !== undefined && newest.status !== "completed") {
    note("info", "artifact.run-pending", `the plan workflow run ${newest.id} for ${headSha.slice(0, 7)} is ${newest.status ?? "pending"}; its plans are not ready yet`);
    return { status: "missing", diagnostics };
  }
  if (newest !== undefined) return { run: newest, diagnostics };
  if (!otherCommit) note("info", "artifact.no-run", `the plan workflow ${params.workflowPath} has not run for ${headSha.slice(0, 7)} yet`);
  return { status: otherCommit ? "stale" : "missing", diagnostics };
}

function ignoredWhy(run: PlanRun, workflowPath: string, headSha: string): IgnoredRun["why"] | undefined {
  if (run.path !== workflowPath) return "other-workflow";
  if (run.headSha !== headSha) return "other-commit";
  return undefined;
}

function describeIgnored(ignored: IgnoredRun, workflowPath: string, note: (level: Diagnostic["level"], code: string, message: string) => void): void {
  const { run } = ignored;
  if (ignored.why === "other-workflow") {
    note("warning", "artifact.untrusted-workflow", `run ${run.id} comes from ${run.path}, not the trusted plan workflow ${workflowPath}: its artifacts are ignored`);
  } else {
    note("warning", "artifact.stale-run", `run ${run.id} planned commit ${run.headSha.slice(0, 7)}, not the pull request head: its plans are stale`);
  }
}
