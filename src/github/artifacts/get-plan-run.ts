import { callRest } from "../call-rest.js";
import type { RepoRef } from "../github-client.js";
import { toPlanRun, workflowRunSchema, type PlanRun } from "./plan-run.js";

/**
 * `getPlanRun` reads one workflow run, `GET /repos/{owner}/{repo}/actions/runs/{run_id}` (one request), for a run id
 * named by a `workflow_run` event. The caller still checks its path and head SHA. Throws a GitHubError.
 */
export async function getPlanRun(params: RepoRef & { runId: number }): Promise<PlanRun> {
  const { data } = await callRest({
    client: params.client,
    action: "get workflow run",
    route: "GET /repos/{owner}/{repo}/actions/runs/{run_id}",
    params: { owner: params.owner, repo: params.repo, run_id: params.runId, exclude_pull_requests: true },
    schema: workflowRunSchema,
  });
  return toPlanRun(data);
}
