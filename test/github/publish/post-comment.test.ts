import { describe, expect, it } from "vitest";
import { listPullRequestsForSha } from "../../../src/github/list-pull-requests-for-sha.js";
import { postComment } from "../../../src/github/publish/post-comment.js";
import { apiScope, HEAD, OWNER, R, REPO, testClient } from "../support/client.js";
import { fixture } from "../support/fixtures.js";

describe("postComment", () => {
  it("posts a new comment and returns its id", async () => {
    const { scope } = apiScope();
    const bodies: unknown[] = [];
    scope.post(`${R}/issues/2/comments`, (b) => (bodies.push(b), true)).reply(201, fixture<any[]>("issue-comments")[2]);
    await expect(postComment({ client: testClient(), owner: OWNER, repo: REPO, issueNumber: 2, body: "Re-evaluated." })).resolves.toBe(1003);
    expect(scope.isDone()).toBe(true);
    expect(bodies).toEqual([{ body: "Re-evaluated." }]);
  });
});

describe("listPullRequestsForSha", () => {
  it("keeps only open pull requests whose head is the commit", async () => {
    const { scope } = apiScope();
    scope.get(`${R}/commits/${HEAD}/pulls`).query({ per_page: "100", page: "1" }).reply(200, fixture("commits-pulls"));
    await expect(listPullRequestsForSha({ client: testClient(), owner: OWNER, repo: REPO, sha: HEAD })).resolves.toEqual([
      { number: 2, headSha: HEAD, headRef: "changes", baseRef: "master" },
    ]);
    expect(scope.isDone()).toBe(true);
  });
});
