import { describe, expect, it } from "vitest";
import { listPullRequestFiles } from "../../src/github/list-pull-request-files.js";
import { truncationWarnings } from "../../src/github/truncation-warnings.js";
import { apiScope, nextLink, OWNER, R, REPO, testClient } from "./support/client.js";
import { fileEntries } from "./support/fixtures.js";

const path = `${R}/pulls/2/files`;

describe("listPullRequestFiles", () => {
  it("reads 3,000 files in 30 sequential pages of 100 and stops where GitHub stops", async () => {
    const { scope, paths } = apiScope();
    for (let p = 1; p <= 30; p += 1) {
      scope.get(path).query({ per_page: "100", page: String(p) }).reply(200, fileEntries(100, (p - 1) * 100), p < 30 ? nextLink(path, p, 30) : {});
    }
    const result = await listPullRequestFiles({ client: testClient(), owner: OWNER, repo: REPO, pullNumber: 2, maxFiles: 3000 });
    expect(scope.isDone()).toBe(true);
    expect(paths.map((p) => new URL(p.split(" ")[1]!, "https://x").searchParams.get("page"))).toEqual(
      Array.from({ length: 30 }, (_, i) => String(i + 1)),
    );
    expect(result.items).toHaveLength(3000);
    expect(result.items[2999]).toMatchObject({ path: "envs/e2999/main.tf", status: "modified", previousPath: null });
    expect(result.truncated).toBe(false);
  });

  it("reports an error when the pull request changes more files than GitHub lists (the rest is unknown)", () => {
    const loaded = { pullRequest: {} as never, changedFiles: 3500, commitCount: 2 };
    const items = new Array(3000).fill(null);
    const warnings = truncationWarnings({ loaded, files: { items, truncated: false }, commits: { items: [1, 2], truncated: false }, reviews: { items: [], truncated: false } });
    expect(warnings).toEqual([{ level: "error", message: "the pull request changes 3500 files; only the first 3000 were listed and examined, so the rest is unknown" }]);
  });

  it("stops at maxFiles and reports the list as truncated", async () => {
    const { scope } = apiScope();
    scope.get(path).query({ per_page: "100", page: "1" }).reply(200, fileEntries(100), nextLink(path, 1, 3));
    const result = await listPullRequestFiles({ client: testClient(), owner: OWNER, repo: REPO, pullNumber: 2, maxFiles: 50 });
    expect(scope.isDone()).toBe(true);
    expect(result.items).toHaveLength(50);
    expect(result.truncated).toBe(true);
  });
});
