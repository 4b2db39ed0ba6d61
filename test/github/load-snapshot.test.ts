import { describe, expect, it } from "vitest";
import { loadSnapshot } from "../../src/github/load-snapshot.js";
import { DEFAULT_LOAD_LIMITS } from "../../src/github/load-limits.js";
import { apiScope, BASE, HEAD, nextLink, OWNER, R, REPO, testClient } from "./support/client.js";
import { fileEntries, fixture, pullsGet } from "./support/fixtures.js";
import { answerObjects, interceptGraphql, textBlob, type GraphqlBody } from "./support/graphql.js";

const NOW = "2026-11-21T12:00:00Z";
const isTf = (path: string) => path.endsWith(".tf");
const page = (n: number) => ({ per_page: "100", page: String(n) });

describe("loadSnapshot", () => {
  it("loads a 200-file Terraform PR with one approver in at most 8 requests, with every body", async () => {
    const { scope, count } = apiScope();
    const reviews = fixture<any[]>("pulls-list-reviews").filter((r) => r.id === 81 || r.id === 82);
    scope
      .get(`${R}/pulls/2`).reply(200, pullsGet(200))
      .get(`${R}/issues/2`).reply(200, fixture("issues-get"))
      .get(`${R}/pulls/2/files`).query(page(1)).reply(200, fileEntries(100), nextLink(`${R}/pulls/2/files`, 1, 2))
      .get(`${R}/pulls/2/files`).query(page(2)).reply(200, fileEntries(100, 100))
      .get(`${R}/pulls/2/commits`).query(page(1)).reply(200, fixture("pulls-list-commits"))
      .get(`${R}/pulls/2/reviews`).query(page(1)).reply(200, reviews)
      .get(`${R}/collaborators/carol/permission`).reply(200, fixture("collaborator-permission"));
    const seen = interceptGraphql(scope, 1, (body) =>
      answerObjects(body, (e) => textBlob(`# ${e}\n`), { "Codertocat/platform": ["carol", "dave"] }),
    );

    const { snapshot, warnings } = await loadSnapshot({
      client: testClient(), owner: OWNER, repo: REPO, pullNumber: 2, now: NOW,
      wantsBody: isTf, teams: ["Codertocat/platform"], codeowners: true,
    });

    expect(scope.isDone()).toBe(true);
    expect(count()).toBe(8); // 1 pull + 1 issue + 2 file pages + 1 commits + 1 reviews + 1 GraphQL + 1 permission
    expect(snapshot.files).toHaveLength(200);
    for (const file of snapshot.files) {
      expect(file.base).toBe(`# ${BASE}:${file.path}\n`);
      expect(file.head).toBe(`# ${HEAD}:${file.path}\n`);
    }
    expect(snapshot.teams).toEqual({ "Codertocat/platform": ["carol", "dave"] });
    expect(snapshot.codeowners).toBe(`# HEAD:.github/CODEOWNERS\n`);
    expect(snapshot.permissions).toEqual({ carol: "maintain" });
    expect(warnings).toEqual([]);
    for (const body of seen) {
      expect(body.query).not.toMatch(/envs\//);
      expect(Object.keys(body.variables).filter((k) => /^[bh]\d+$/.test(k)).length).toBeLessThanOrEqual(DEFAULT_LOAD_LIMITS.objectsPerQuery);
    }
  });

  it("maps the recorded shapes into the snapshot contract", async () => {
    const { scope } = apiScope();
    const seen: GraphqlBody[] = [];
    scope
      .get(`${R}/pulls/2`).reply(200, pullsGet(3))
      .get(`${R}/issues/2`).reply(200, fixture("issues-get"))
      .get(`${R}/pulls/2/files`).query(page(1)).reply(200, fixture("pulls-list-files"))
      .get(`${R}/pulls/2/commits`).query(page(1)).reply(200, fixture("pulls-list-commits"))
      .get(`${R}/pulls/2/reviews`).query(page(1)).reply(200, fixture("pulls-list-reviews"))
      .get(`${R}/collaborators/carol/permission`).reply(200, fixture("collaborator-permission"))
      .get(`${R}/collaborators/alice/permission`).reply(404, { message: "Not Found", documentation_url: "https://docs.github.com/rest", status: "404" });
    interceptGraphql(scope, 1, () => fixture("graphql-objects"), seen);

    const { snapshot } = await loadSnapshot({
      client: testClient(), owner: OWNER, repo: REPO, pullNumber: 2, now: NOW, configText: "mode: enforce\n",
      wantsBody: isTf, teams: ["Codertocat/platform"], codeowners: true,
    });

    expect(scope.isDone()).toBe(true);
    expect(snapshot).toMatchObject({ repository: "Codertocat/Hello-World", now: NOW, config: "mode: enforce\n" });
    expect(snapshot.pullRequest).toMatchObject({
      number: 2, draft: false, author: { login: "Copilot", id: 198982749, type: "Bot" },
      headSha: HEAD, baseSha: BASE, headRef: "changes", baseRef: "master",
      labels: ["bug"], assignees: ["Codertocat"], requestedReviewers: ["octocat"],
    });
    expect(snapshot.actors).toEqual({ performedViaApp: { id: 1143301, slug: "copilot-swe-agent" } });
    expect(snapshot.commits[1]).toEqual({
      sha: HEAD,
      message: "Resize the production database\n\nCo-authored-by: alice <583231+alice@users.noreply.github.com>",
      author: { name: "copilot-swe-agent[bot]", email: "198982749+Copilot@users.noreply.github.com", login: "Copilot" },
      committer: { name: "GitHub", email: "noreply@github.com", login: "web-flow" },
    });
    expect(snapshot.commits[2]?.author.login).toBeNull();
    expect(snapshot.reviews.map((r) => [r.user.login, r.user.type, r.state])).toEqual([
      ["carol", "User", "COMMENTED"], ["Copilot", "Bot", "APPROVED"], ["carol", "User", "APPROVED"], ["alice", "User", "CHANGES_REQUESTED"],
    ]);
    expect(snapshot.permissions).toEqual({ carol: "maintain", alice: "none" });
    expect(snapshot.files).toEqual([
      { path: "envs/prod/db.tf", status: "modified", previousPath: null, base: expect.stringContaining("db.t3.micro"), head: expect.stringContaining("db.t3.small") },
      { path: "envs/prod/network.tf", status: "renamed", previousPath: "envs/prod/vpc.tf", base: expect.stringContaining("aws_vpc"), head: expect.stringContaining("aws_vpc") },
      { path: "README.md", status: "modified", previousPath: null, base: null, head: null },
    ]);
    expect(seen[0]?.variables).toMatchObject({ b1: `${BASE}:envs/prod/vpc.tf`, h1: `${HEAD}:envs/prod/network.tf` });
    expect(snapshot.codeowners).toBe("*.tf @Codertocat/platform\n");
    expect(snapshot.teams).toEqual({ "Codertocat/platform": ["carol", "dave"] });
  });

  it("makes no GraphQL request when no body, team or CODEOWNERS is wanted", async () => {
    const { scope, count } = apiScope();
    scope
      .get(`${R}/pulls/2`).reply(200, pullsGet(3))
      .get(`${R}/issues/2`).reply(200, { ...fixture("issues-get"), performed_via_github_app: null })
      .get(`${R}/pulls/2/files`).query(page(1)).reply(200, fixture("pulls-list-files"))
      .get(`${R}/pulls/2/commits`).query(page(1)).reply(200, [])
      .get(`${R}/pulls/2/reviews`).query(page(1)).reply(200, []);

    const { snapshot } = await loadSnapshot({
      client: testClient(), owner: OWNER, repo: REPO, pullNumber: 2, now: NOW, wantsBody: () => false, teams: [], codeowners: false,
    });

    expect(scope.isDone()).toBe(true);
    expect(count()).toBe(5);
    expect(snapshot.actors).toEqual({ performedViaApp: null });
    expect(snapshot).not.toHaveProperty("codeowners");
    expect(snapshot).not.toHaveProperty("config");
  });
});
