import { describe, expect, it } from "vitest";
import { GitHubError } from "../../src/github/github-error.js";
import { loadRepositoryObjects, type RepositoryObjectsParams } from "../../src/github/load-repository-objects.js";
import { DEFAULT_LOAD_LIMITS } from "../../src/github/load-limits.js";
import type { SnapshotFile } from "../../src/model/index.js";
import { apiScope, BASE, HEAD, OWNER, REPO, testClient } from "./support/client.js";
import { fixture } from "./support/fixtures.js";
import { answerObjects, interceptGraphql, textBlob, type GraphqlBody } from "./support/graphql.js";

const modified = (path: string): SnapshotFile => ({ path, status: "modified", previousPath: null, base: null, head: null });

function params(overrides: Partial<RepositoryObjectsParams>): RepositoryObjectsParams {
  return {
    client: testClient(), owner: OWNER, repo: REPO, baseSha: BASE, headSha: HEAD, files: [], wantsBody: () => true,
    teams: [], codeowners: false, ...DEFAULT_LOAD_LIMITS, ...overrides,
  };
}

describe("loadRepositoryObjects", () => {
  it("sends attacker-controlled paths only as variables: the query text cannot be altered", async () => {
    const evil = ['x") { __typename } #.tf', 'we"ird\\path.tf', "modules/$b0/main.tf"];
    const { scope } = apiScope();
    const seen = interceptGraphql(scope, 1, (body) => answerObjects(body, (e) => textBlob(e)));
    const out = await loadRepositoryObjects(params({ files: evil.map(modified) }));
    expect(scope.isDone()).toBe(true);
    const [body] = seen as [GraphqlBody];
    for (const path of evil) {
      expect(body.query).not.toContain(path);
      expect(Object.values(body.variables)).toContain(`${HEAD}:${path}`);
    }
    expect(body.query).not.toContain(HEAD);
    expect(out.files.map((f) => f.head)).toEqual(evil.map((p) => `${HEAD}:${p}`));
  });

  it("gives null bodies with a warning for a 2 MB blob, a binary blob and a truncated blob", async () => {
    const big = "x".repeat(2 * 1024 * 1024);
    const answers: Record<string, unknown> = {
      [`${HEAD}:big.tf`]: { __typename: "Blob", text: big, byteSize: big.length, isBinary: false, isTruncated: false },
      [`${HEAD}:state.tf`]: { __typename: "Blob", text: null, byteSize: 4096, isBinary: true, isTruncated: false },
      [`${HEAD}:cut.tf`]: { __typename: "Blob", text: "resource", byteSize: 900, isBinary: false, isTruncated: true },
    };
    const { scope } = apiScope();
    interceptGraphql(scope, 1, (body) => answerObjects(body, (e) => answers[e] ?? textBlob("ok")));
    const out = await loadRepositoryObjects(params({ files: ["big.tf", "state.tf", "cut.tf"].map(modified) }));
    expect(scope.isDone()).toBe(true);
    expect(out.files.map((f) => [f.base, f.head])).toEqual([["ok", null], ["ok", null], ["ok", null]]);
    expect(out.warnings).toEqual([
      "big.tf at head ec26c3e: body not loaded: it is 2097152 bytes, over the 1048576-byte limit",
      "state.tf at head ec26c3e: body not loaded: it is binary",
      "cut.tf at head ec26c3e: body not loaded: GitHub truncated its text",
    ]);
  });

  it("fetches only the sides that exist and only for wanted files", async () => {
    const files: SnapshotFile[] = [
      { ...modified("new.tf"), status: "added" },
      { ...modified("gone.tf"), status: "removed" },
      { ...modified("docs.md") },
      { ...modified("notes.txt"), status: "renamed", previousPath: "old.tf" },
    ];
    const { scope } = apiScope();
    const seen = interceptGraphql(scope, 1, (body) => answerObjects(body, (e) => textBlob(e)));
    const out = await loadRepositoryObjects(params({ files, wantsBody: (p) => p.endsWith(".tf") }));
    expect(scope.isDone()).toBe(true);
    expect(seen[0]?.variables).toEqual({
      owner: OWNER, name: REPO, h0: `${HEAD}:new.tf`, b1: `${BASE}:gone.tf`, b3: `${BASE}:old.tf`, h3: `${HEAD}:notes.txt`,
    });
    expect(out.files.map((f) => [f.base, f.head])).toEqual([
      [null, `${HEAD}:new.tf`], [`${BASE}:gone.tf`, null], [null, null], [`${BASE}:old.tf`, `${HEAD}:notes.txt`],
    ]);
  });

  it("splits blobs into batches of objectsPerQuery and runs them all", async () => {
    const files = Array.from({ length: 5 }, (_, i) => modified(`m${i}.tf`));
    const { scope, count } = apiScope();
    const seen = interceptGraphql(scope, 3, (body) => answerObjects(body, (e) => textBlob(e)));
    const out = await loadRepositoryObjects(params({ files, objectsPerQuery: 4 }));
    expect(scope.isDone()).toBe(true);
    expect(count()).toBe(3);
    expect(seen.map((b) => Object.keys(b.variables).filter((k) => /^[bh]\d/.test(k)).length).sort()).toEqual([2, 4, 4]);
    expect(out.files.every((f) => f.base === `${BASE}:${f.path}` && f.head === `${HEAD}:${f.path}`)).toBe(true);
  });

  it("turns a missing organization into an empty team and a warning, keeping the other teams", async () => {
    const { scope } = apiScope();
    interceptGraphql(scope, 1, (body) => {
      const answer = answerObjects(body, () => null, { "Codertocat/platform": ["carol"] }) as { data: Record<string, unknown> };
      const missing = fixture("graphql-organization-not-found");
      return { data: { ...answer.data, t1: null, t2: { team: null } }, errors: missing.errors.map((e: any) => ({ ...e, path: ["t1"] })) };
    });
    const out = await loadRepositoryObjects(params({ teams: ["Codertocat/platform", "nope/platform", "Codertocat/secret", "not-a-team"] }));
    expect(scope.isDone()).toBe(true);
    expect(out.teams).toEqual({ "Codertocat/platform": ["carol"], "nope/platform": [], "Codertocat/secret": [], "not-a-team": [] });
    expect(out.warnings).toEqual([
      'team "not-a-team" is not of the form org/slug; its members are not counted',
      "team nope/platform was not found or is not visible to Airlock; its members are not counted",
      "team Codertocat/secret was not found or is not visible to Airlock; its members are not counted",
    ]);
  });

  it("fails on GraphQL errors that are not about a team", async () => {
    const { scope } = apiScope();
    interceptGraphql(scope, 1, () => ({ data: { repository: null }, errors: [{ type: "NOT_FOUND", path: ["repository"], message: "Could not resolve to a Repository with the name 'Codertocat/Hello-World'." }] }));
    const error = await loadRepositoryObjects(params({ files: [modified("a.tf")] })).catch((e: unknown) => e);
    expect(scope.isDone()).toBe(true);
    expect(error).toBeInstanceOf(GitHubError);
    expect((error as GitHubError).message).toBe(
      "load file bodies: 200 GraphQL error: Could not resolve to a Repository with the name 'Codertocat/Hello-World'. (POST /graphql)",
    );
  });

  it("pages through a team of more than 100 members with its cursor", async () => {
    const { scope } = apiScope();
    const seen: GraphqlBody[] = [];
    const first = Array.from({ length: 100 }, (_, i) => ({ login: `u${i}` }));
    scope
      .post("/graphql").reply(200, (_u, body) => {
        seen.push(body as GraphqlBody);
        return { data: { t0: { team: { members: { nodes: first, pageInfo: { hasNextPage: true, endCursor: "Y3Vyc29yOjEwMA==" } } } } } };
      })
      .post("/graphql").reply(200, (_u, body) => {
        seen.push(body as GraphqlBody);
        return { data: { organization: { team: { members: { nodes: [{ login: "u100" }], pageInfo: { hasNextPage: false, endCursor: "Y3Vyc29yOjEwMQ==" } } } } } };
      });
    const out = await loadRepositoryObjects(params({ teams: ["Codertocat/everyone"] }));
    expect(scope.isDone()).toBe(true);
    expect(out.teams["Codertocat/everyone"]).toHaveLength(101);
    expect(seen[1]?.variables).toEqual({ org: "Codertocat", slug: "everyone", after: "Y3Vyc29yOjEwMA==" });
  });

  it("reads CODEOWNERS from the first location that has one, on the default branch", async () => {
    const { scope } = apiScope();
    const seen = interceptGraphql(scope, 1, () => fixture("graphql-objects"));
    const out = await loadRepositoryObjects(params({ codeowners: true }));
    expect(scope.isDone()).toBe(true);
    expect(seen[0]?.variables).toEqual({ owner: OWNER, name: REPO, c0: "HEAD:.github/CODEOWNERS", c1: "HEAD:CODEOWNERS", c2: "HEAD:docs/CODEOWNERS" });
    expect(out.codeowners).toBe("*.tf @Codertocat/platform\n");
  });
});
