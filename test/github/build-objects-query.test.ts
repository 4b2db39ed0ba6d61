import { describe, expect, it } from "vitest";
import { buildObjectsQuery, TEAM_MEMBERS_PAGE_QUERY } from "../../src/github/build-objects-query.js";

describe("buildObjectsQuery", () => {
  it("declares one variable per alias and keeps every value out of the text", () => {
    const { query, variables } = buildObjectsQuery({
      owner: "acme",
      repo: "infra",
      objects: [{ alias: "b0", expression: 'abc:a") { x } #.tf' }, { alias: "h0", expression: "def:main.tf" }],
      teams: [{ alias: "t0", org: "acme", slug: 'plat"form' }],
    });
    expect(query).toBe(
      [
        "query AirlockObjects($owner: String!, $name: String!, $b0: String!, $h0: String!, $t0o: String!, $t0s: String!) {",
        "  repository(owner: $owner, name: $name) {",
        "    b0: object(expression: $b0) { ...blob }",
        "    h0: object(expression: $h0) { ...blob }",
        "  }",
        "  t0: organization(login: $t0o) { team(slug: $t0s) { members(first: 100, membership: ALL) { nodes { login } pageInfo { hasNextPage endCursor } } } }",
        "}",
        "fragment blob on GitObject { __typename ... on Blob { text byteSize isBinary isTruncated } }",
      ].join("\n"),
    );
    expect(variables).toEqual({ owner: "acme", name: "infra", b0: 'abc:a") { x } #.tf', h0: "def:main.tf", t0o: "acme", t0s: 'plat"form' });
  });

  it("omits the repository block and the fragment when only teams are asked for (GraphQL rejects unused fragments)", () => {
    const { query } = buildObjectsQuery({ owner: "acme", repo: "infra", objects: [], teams: [{ alias: "t0", org: "acme", slug: "sre" }] });
    expect(query).not.toMatch(/repository|fragment/);
  });

  it("refuses an alias that is not generated syntax", () => {
    expect(() => buildObjectsQuery({ owner: "a", repo: "b", objects: [{ alias: "x: object", expression: "" }], teams: [] })).toThrow(/invalid alias/);
  });

  it("reads further team pages with the cursor as a variable", () => {
    expect(TEAM_MEMBERS_PAGE_QUERY).toContain("members(first: 100, after: $after, membership: ALL)");
  });
});
