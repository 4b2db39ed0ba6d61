import { z } from "zod";
import { callRest } from "../call-rest.js";
import type { RepoRef } from "../github-client.js";
import { latestFirst, toPlanRun, workflowFileName, workflowRunSchema, type PlanRun } from "./plan-run.js";

/** Runs read for one commit; more than this for one head SHA means something is looping. */
export const RUNS_PER_SHA = 30;

const runsSchema = z.object({ total_count: z.number(), workflow_runs: z.array(workflowRunSchema) });

/** A run that was listed but cannot carry trusted plans, and why. */
export interface IgnoredRun {
  run: PlanRun;
  why: "other-workflow" | "other-commit";
}

/** The runs of the plan workflow for one commit: completed and unfinished ones, newest first, and any ignored. */
export interface PlanRuns {
  completed: PlanRun[];
  unfinished: PlanRun[];
  ignored: IgnoredRun[];
}

/**
 * `findPlanRuns` lists the runs of the workflow file `workflowPath` for `headSha` with one request:
 * `GET /repos/{owner}/{repo}/actions/workflows/{file name}/runs?head_sha=…&per_page=30`. GitHub already filters by
 * workflow and commit; a run whose `path` is not exactly `workflowPath` or whose head SHA differs is still put in
 * `ignored` rather than trusted. Throws a GitHubError (404 when the workflow file does not exist).
 */
export async function findPlanRuns(params: RepoRef & { workflowPath: string; headSha: string }): Promise<PlanRuns> {
  const { data } = await callRest({
    client: params.client,
    action: "list plan workflow runs",
    route: "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs",
    params: {
      owner: params.owner,
      repo: params.repo,
      workflow_id: workflowFileName(params.workflowPath),
      head_sha: params.headSha,
      per_page: RUNS_PER_SHA,
      exclude_pull_requests: true,
    },
    schema: runsSchema,
  });
  const out: PlanRuns = { completed: [], unfinished: [], ignored: [] };
  const headSha = params.headSha.toLowerCase();
  for (const run of data.workflow_runs.map(toPlanRun).sort(latestFirst)) {
    if (run.path !== params.workflowPath) out.ignored.push({ run, why: "other-workflow" });
    else if (run.headSha !== headSha) out.ignored.push({ run, why: "other-commit" });
    else if (run.status === "completed") out.completed.push(run);
    else out.unfinished.push(run);
  }
  return out;
}
