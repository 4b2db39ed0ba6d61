import { describe, expect, it } from "vitest";
import { upsertStickyComment, type UpsertStickyCommentParams } from "../../../src/github/publish/upsert-sticky-comment.js";
import { apiScope, nextLink, OWNER, R, REPO, testClient } from "../support/client.js";
import { fixture } from "../support/fixtures.js";

const MARKER = "<!-- airlock:summary -->";
const listPath = `${R}/issues/2/comments`;
const page = (n: number) => ({ per_page: "100", page: String(n) });

function params(body: string, extra: Partial<UpsertStickyCommentParams> = {}): UpsertStickyCommentParams {
  return { client: testClient(), owner: OWNER, repo: REPO, issueNumber: 2, marker: MARKER, body, ...extra };
}

describe("upsertStickyComment", () => {
  it("creates the comment without listing when the caller knows there is none", async () => {
    const { scope, paths } = apiScope();
    scope.post(listPath).reply(201, { ...fixture<any[]>("issue-comments")[2], id: 5001 });
    await expect(upsertStickyComment(params("### Airlock", { knownAbsent: true }))).resolves.toBe(5001);
    expect(scope.isDone()).toBe(true);
    expect(paths).toHaveLength(1);
  });

  it("updates the Bot comment carrying the marker, not a human comment that pastes it", async () => {
    const { scope } = apiScope();
    const bodies: unknown[] = [];
    scope
      .get(listPath).query(page(1)).reply(200, fixture("issue-comments"))
      .patch(`${R}/issues/comments/1003`, (b) => (bodies.push(b), true)).reply(200, fixture<any[]>("issue-comments")[2]);
    const id = await upsertStickyComment(params(`${MARKER}\n### Airlock\nAll requirements met.`));
    expect(scope.isDone()).toBe(true);
    expect(id).toBe(1003);
    expect(bodies).toEqual([{ body: `${MARKER}\n### Airlock\nAll requirements met.` }]);
  });

  it("writes nothing when the body is unchanged", async () => {
    const { scope, count } = apiScope();
    scope.get(listPath).query(page(1)).reply(200, fixture("issue-comments"));
    await expect(upsertStickyComment(params(fixture<any[]>("issue-comments")[2].body))).resolves.toBe(1003);
    expect(scope.isDone()).toBe(true);
    expect(count()).toBe(1);
  });

  it("creates the comment, marker first, when only a human carries the marker", async () => {
    const { scope } = apiScope();
    const bodies: unknown[] = [];
    const humanOnly = fixture<any[]>("issue-comments").slice(0, 2);
    scope
      .get(listPath).query(page(1)).reply(200, humanOnly)
      .post(listPath, (b) => (bodies.push(b), true)).reply(201, { ...humanOnly[0], id: 2001 });
    await expect(upsertStickyComment(params("### Airlock\nWaiting."))).resolves.toBe(2001);
    expect(scope.isDone()).toBe(true);
    expect(bodies).toEqual([{ body: `${MARKER}\n### Airlock\nWaiting.` }]);
  });

  it("pages through the comments and stops at the first match", async () => {
    const [, other, ours] = fixture<any[]>("issue-comments");
    const { scope } = apiScope();
    scope
      .get(listPath).query(page(1)).reply(200, Array.from({ length: 100 }, (_, i) => ({ ...other, id: i })), nextLink(listPath, 1, 3))
      .get(listPath).query(page(2)).reply(200, [ours], nextLink(listPath, 2, 3));
    await expect(upsertStickyComment(params(ours.body))).resolves.toBe(1003);
    expect(scope.isDone()).toBe(true);
  });

  it("only accepts comments by authorLogin when it is given", async () => {
    const comments = fixture<any[]>("issue-comments");
    const { scope } = apiScope();
    scope
      .get(listPath).query(page(1)).reply(200, comments)
      .post(listPath).reply(201, { ...comments[2], id: 2002 });
    await expect(upsertStickyComment(params("x", { authorLogin: "other-app[bot]" }))).resolves.toBe(2002);
    expect(scope.isDone()).toBe(true);
  });

  it("updates a known comment id directly, and lists when that comment was deleted", async () => {
    const [, , ours] = fixture<any[]>("issue-comments");
    const { scope, paths } = apiScope();
    scope.patch(`${R}/issues/comments/1003`).reply(200, { ...ours, body: `${MARKER}\nnew` });
    await expect(upsertStickyComment(params("new", { knownCommentId: 1003 }))).resolves.toBe(1003);
    expect(paths).toEqual([`PATCH ${R}/issues/comments/1003`]);

    scope
      .patch(`${R}/issues/comments/1009`).reply(404, { message: "Not Found" })
      .get(listPath).query(page(1)).reply(200, [ours])
      .patch(`${R}/issues/comments/1003`).reply(200, { ...ours, body: `${MARKER}\nnewer` });
    await expect(upsertStickyComment(params("newer", { knownCommentId: 1009 }))).resolves.toBe(1003);
    expect(scope.isDone()).toBe(true);
  });

  it("fails rather than carry on when a remembered id turns out to be on another issue", async () => {
    const [, , ours] = fixture<any[]>("issue-comments");
    const { scope } = apiScope();
    scope.patch(`${R}/issues/comments/1003`).reply(200, { ...ours, issue_url: `https://api.github.com${R}/issues/77` });
    await expect(upsertStickyComment(params("x", { knownCommentId: 1003 }))).rejects.toThrow(/not on issue #2/);
  });

  it("refuses a marker that is not a hidden HTML comment", async () => {
    await expect(upsertStickyComment({ ...params("x"), marker: "airlock" })).rejects.toThrow(/marker must be a one-line HTML comment/);
  });

  it("keeps the marker when cutting a body to 65,536 characters", async () => {
    const { scope } = apiScope();
    const bodies: { body: string }[] = [];
    scope
      .get(listPath).query(page(1)).reply(200, [])
      .post(listPath, (b) => (bodies.push(b), true)).reply(201, { ...fixture<any[]>("issue-comments")[2], id: 9 });
    await upsertStickyComment(params(`${"y".repeat(70_000)}${MARKER}`));
    expect(scope.isDone()).toBe(true);
    expect(bodies[0]!.body.length).toBe(65_536);
    expect(bodies[0]!.body.startsWith(`${MARKER}\n`)).toBe(true);
  });
});
