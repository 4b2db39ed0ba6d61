import { describe, expect, it } from "vitest";
import { findPlanRuns } from "../../../src/github/artifacts/index.js";
import { GitHubError } from "../../../src/github/index.js";
import { apiScope, OWNER, R, REPO, testClient } from "../support/client.js";
import { aRun, HEAD_SHA, runsPage, WORKFLOW } from "./support/actions.js";

const runsPath = `${R}/actions/workflows/airlock-plan.yml/runs`;

describe("findPlanRuns", () => {
  it("asks for the runs of the workflow file for the head SHA in one request and sorts them newest first", async () => {
    const { scope, count } = apiScope();
    scope
      .get(runsPath)
      .query({ head_sha: HEAD_SHA, per_page: "30", exclude_pull_requests: "true" })
      .reply(200, runsPage([
        aRun({ id: 1, created_at: "2026-11-21T10:00:00Z" }),
        aRun({ id: 3, created_at: "2026-11-21T12:00:00Z", status: "in_progress", conclusion: null }),
        aRun({ id: 2, created_at: "2026-11-21T11:00:00Z", conclusion: "failure" }),
      ]));
    const runs = await findPlanRuns({ client: testClient(), owner: OWNER, repo: REPO, workflowPath: WORKFLOW, headSha: HEAD_SHA });
    expect(count()).toBe(1);
    expect(runs.completed.map((r) => [r.id, r.conclusion])).toEqual([[2, "failure"], [1, "success"]]);
    expect(runs.unfinished.map((r) => r.id)).toEqual([3]);
    expect(runs.completed[0]).toEqual({
      id: 2, path: WORKFLOW, headSha: HEAD_SHA, status: "completed", conclusion: "failure", event: "pull_request",
      headRepository: "Codertocat/Hello-World", createdAt: "2026-11-21T11:00:00Z", htmlUrl: "https://github.com/Codertocat/Hello-World/actions/runs/1001",
    });
  });

  it("never trusts a listed run of another workflow file or another commit", async () => {
    const { scope } = apiScope();
    scope.get(runsPath).query(true).reply(200, runsPage([
      aRun({ id: 5, path: ".github/workflows/agent-plan.yml" }),
      aRun({ id: 6, path: ".github/workflows/sub/airlock-plan.yml" }),
      aRun({ id: 7, head_sha: "f".repeat(40) }),
    ]));
    const runs = await findPlanRuns({ client: testClient(), owner: OWNER, repo: REPO, workflowPath: WORKFLOW, headSha: HEAD_SHA });
    expect(runs.completed).toEqual([]);
    expect(runs.ignored.map((i) => [i.run.id, i.why])).toEqual([[7, "other-commit"], [6, "other-workflow"], [5, "other-workflow"]]);
  });

  it("throws a GitHubError naming the route when the workflow does not exist", async () => {
    const { scope } = apiScope();
    scope.get(runsPath).query(true).reply(404, { message: "Not Found" });
    const error = await findPlanRuns({ client: testClient(), owner: OWNER, repo: REPO, workflowPath: WORKFLOW, headSha: HEAD_SHA }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubError);
    expect((error as GitHubError).message).toBe("list plan workflow runs: 404 Not Found (GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs)");
  });
});
