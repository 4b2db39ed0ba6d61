import { describe, expect, it } from "vitest";
import { createFactCache, type FactCache } from "../../src/github/cache/fact-cache.js";
import { DEFAULT_LOAD_LIMITS } from "../../src/github/load-limits.js";
import { loadPullRequestFacts } from "../../src/github/load-pull-request-facts.js";
import { apiScope, OWNER, R, REPO, testClient } from "./support/client.js";
import { fileEntries, fixture, pullsGet } from "./support/fixtures.js";

const page1 = { per_page: "100", page: "1" };
const OTHER = "3333333333333333333333333333333333333333";

/** A PR (as pulls.get or a pull_request webhook has it) with `commits` commits ending at its head. */
function pr(commits = 2): any {
  const p = pullsGet(2, commits);
  p.updated_at = "2026-11-21T10:00:00Z";
  return p;
}

function commitsEndingAt(...shas: string[]): any[] {
  const template = fixture<any[]>("pulls-list-commits")[0];
  return shas.map((sha) => ({ ...structuredClone(template), sha }));
}

function load(extra: { payload?: unknown; hint?: { baseSha: string; headSha: string }; cache?: FactCache } = {}) {
  return loadPullRequestFacts({ client: testClient(), owner: OWNER, repo: REPO, pullNumber: 2, limits: { ...DEFAULT_LOAD_LIMITS }, ...extra });
}

/** Interceptors for everything but the PR itself; `commits` is what the commits listing answers. */
function lists(scope: ReturnType<typeof apiScope>["scope"], commits: any[]) {
  return scope
    .get(`${R}/issues/2`).optionally().reply(200, fixture("issues-get"))
    .get(`${R}/pulls/2/files`).query(page1).reply(200, fileEntries(2))
    .get(`${R}/pulls/2/reviews`).query(page1).reply(200, [])
    .get(`${R}/pulls/2/commits`).query(page1).reply(200, commits);
}

describe("loadPullRequestFacts", () => {
  it("uses the webhook's pull request when the commits, listed after the files, end with its head", async () => {
    const payload = pr();
    const { scope, paths } = apiScope();
    lists(scope, commitsEndingAt("a".repeat(40), payload.head.sha));
    const facts = await load({ payload });
    expect(scope.isDone()).toBe(true);
    expect(facts.source).toBe("payload");
    expect(facts.loaded.pullRequest.headSha).toBe(payload.head.sha);
    expect(paths.filter((p) => p === `GET ${R}/pulls/2`)).toEqual([]);
    expect(paths.findIndex((p) => p.includes("/commits"))).toBeGreaterThan(paths.findIndex((p) => p.includes("/files")));
  });

  it("reads the pull request when its head moved since the webhook, and lists the files of the new head", async () => {
    const payload = pr();
    const now = pr();
    now.head.sha = OTHER;
    const { scope } = apiScope();
    lists(scope, commitsEndingAt(payload.head.sha, OTHER))
      .get(`${R}/pulls/2`).reply(200, now)
      .get(`${R}/pulls/2/files`).query(page1).reply(200, fileEntries(3));
    const facts = await load({ payload });
    expect(scope.isDone()).toBe(true);
    expect(facts.source).toBe("api");
    expect(facts.loaded.pullRequest.headSha).toBe(OTHER);
    expect(facts.files.items).toHaveLength(3);
  });

  it("reads the pull request when the commits listing holds more commits than the webhook counted", async () => {
    const payload = pr(1);
    const { scope } = apiScope();
    lists(scope, commitsEndingAt("a".repeat(40), payload.head.sha)).get(`${R}/pulls/2`).reply(200, pr(2));
    const facts = await load({ payload });
    expect(scope.isDone()).toBe(true);
    expect(facts.source).toBe("api");
  });

  it("reads the pull request when the payload lacks the counts (a review's reduced pull request)", async () => {
    const payload = pr();
    delete payload.changed_files;
    delete payload.commits;
    const { scope } = apiScope();
    lists(scope, commitsEndingAt(payload.head.sha)).get(`${R}/pulls/2`).reply(200, pr(1));
    expect((await load({ payload })).source).toBe("api");
    expect(scope.isDone()).toBe(true);
  });

  it("reuses files and commits for the same base and head, and never for another head", async () => {
    const cache = createFactCache({ maxBytes: 1 << 20 });
    const first = pr(1);
    const hint = { baseSha: first.base.sha, headSha: first.head.sha };
    const a = apiScope();
    lists(a.scope, commitsEndingAt(first.head.sha)).get(`${R}/pulls/2`).reply(200, first);
    await load({ hint, cache });
    expect(a.scope.isDone()).toBe(true);

    const b = apiScope();
    b.scope.get(`${R}/pulls/2`).reply(200, first).get(`${R}/pulls/2/reviews`).query(page1).reply(200, []);
    const again = await load({ hint, cache });
    expect(b.scope.isDone()).toBe(true);
    expect(b.paths).toHaveLength(2);
    expect(again.files.items).toHaveLength(2);

    const pushed = pr(2);
    pushed.head.sha = OTHER;
    const c = apiScope();
    c.scope
      .get(`${R}/pulls/2`).reply(200, pushed)
      .get(`${R}/pulls/2/files`).query(page1).reply(200, fileEntries(5))
      .get(`${R}/pulls/2/reviews`).query(page1).reply(200, [])
      .get(`${R}/pulls/2/commits`).query(page1).reply(200, commitsEndingAt(first.head.sha, OTHER));
    const moved = await load({ hint: { baseSha: pushed.base.sha, headSha: OTHER }, cache });
    expect(c.scope.isDone()).toBe(true);
    expect(moved.files.items).toHaveLength(5);
  });

  it("caches nothing when a push lands during the load (the commits end elsewhere than the PR read)", async () => {
    const cache = createFactCache({ maxBytes: 1 << 20 });
    const read = pr(1);
    const hint = { baseSha: read.base.sha, headSha: read.head.sha };
    const a = apiScope();
    lists(a.scope, commitsEndingAt(read.head.sha, OTHER)).get(`${R}/pulls/2`).reply(200, read);
    await load({ hint, cache });
    const b = apiScope();
    lists(b.scope, commitsEndingAt(read.head.sha)).get(`${R}/pulls/2`).reply(200, read);
    await load({ hint, cache });
    expect(b.scope.isDone()).toBe(true);
  });
});
