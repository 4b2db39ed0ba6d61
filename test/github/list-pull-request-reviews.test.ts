import { describe, expect, it } from "vitest";
import { listPullRequestReviews, toSnapshotReviews } from "../../src/github/list-pull-request-reviews.js";
import { apiScope, HEAD, nextLink, OWNER, R, REPO, testClient } from "./support/client.js";
import { fixture, reviewExample } from "./support/fixtures.js";

const path = `${R}/pulls/2/reviews`;

describe("listPullRequestReviews", () => {
  it("follows the next link across pages and keeps GitHub's order", async () => {
    const [commented, , approved] = fixture<any[]>("pulls-list-reviews");
    const first = Array.from({ length: 100 }, (_, i) => ({ ...commented, id: i }));
    const { scope } = apiScope();
    scope
      .get(path).query({ per_page: "100", page: "1" }).reply(200, first, nextLink(path, 1, 2))
      .get(path).query({ per_page: "100", page: "2" }).reply(200, [approved]);
    const result = await listPullRequestReviews({ client: testClient(), owner: OWNER, repo: REPO, pullNumber: 2, maxReviews: 1000 });
    expect(scope.isDone()).toBe(true);
    expect(result.items).toHaveLength(101);
    expect(result.items[100]).toEqual({ user: { login: "carol", id: 7, type: "User" }, state: "APPROVED", commitId: HEAD, submittedAt: "2026-11-20T12:00:00Z" });
  });

  it("maps a recorded review object, drops reviews of deleted users and never lets unknown account types pass as humans", () => {
    const recorded = { ...reviewExample(), state: "APPROVED" };
    const ghost = { ...recorded, user: null };
    const mannequin = { ...recorded, user: { ...recorded.user, login: "imported", type: "Mannequin" }, commit_id: null, submitted_at: undefined };
    expect(toSnapshotReviews([recorded, ghost, mannequin])).toEqual([
      { user: { login: "Codertocat", id: 21031067, type: "User" }, state: "APPROVED", commitId: "ec26c3e57ca3a959ca5aad62de7213c562f8c821", submittedAt: "2019-05-15T15:20:38Z" },
      { user: { login: "imported", id: 21031067, type: "Bot" }, state: "APPROVED", commitId: "", submittedAt: "" },
    ]);
  });
});
