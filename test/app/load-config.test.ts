import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig, type ConfigOctokit } from "../../src/app/load-config.js";
import { GitHubError, type GitHubClient } from "../../src/github/index.js";
import { apiScope, testClient } from "../github/support/client.js";
import { textBlob } from "../github/support/graphql.js";

const ORG_MISSING = { type: "NOT_FOUND", path: ["org"], message: "Could not resolve to a Repository with the name 'acme/.github'." };

/** A client whose GraphQL goes through Octokit to nock, and whose Probot config plugin is a recorder. */
function client(pluginAnswer?: { config: unknown; files: { owner: string; repo: string; path: string; config: unknown }[] }): GitHubClient & ConfigOctokit & { pluginCalls: number } {
  const octokit = testClient();
  const c = {
    pluginCalls: 0,
    request: (route: string, params?: Record<string, unknown>) => octokit.request(route, params),
    graphql: (query: string, variables?: Record<string, unknown>) => octokit.graphql(query, variables),
    config: {
      get: async () => {
        c.pluginCalls += 1;
        if (!pluginAnswer) throw new Error("the plugin should not be used");
        return pluginAnswer;
      },
    },
  };
  return c as unknown as GitHubClient & ConfigOctokit & { pluginCalls: number };
}

function answer(own: unknown, org: unknown | "missing"): nock.Body {
  if (org === "missing") return { data: { repository: { config: own }, org: null }, errors: [ORG_MISSING] } as nock.Body;
  return { data: { repository: { config: own }, org: { config: org } } } as nock.Body;
}

describe("loadConfig", () => {
  afterEach(() => nock.cleanAll());

  it("reads the repository's file and its organisation's in one request, from the default branch", async () => {
    const api = apiScope();
    let variables: Record<string, unknown> = {};
    api.scope.post("/graphql").reply(200, (_u, body) => {
      variables = (body as { variables: Record<string, unknown> }).variables;
      return answer(textBlob("mode: shadow\n"), textBlob("mode: enforce\n"));
    });
    const loaded = await loadConfig({ octokit: client(), owner: "acme", repo: "infra" });
    expect(api.paths).toEqual(["POST /graphql"]);
    expect(variables).toEqual({ owner: "acme", repo: "infra", expression: "HEAD:.github/airlock.yml" });
    expect(loaded).toMatchObject({ ok: true, present: true, config: { mode: "shadow" } });
  });

  it("falls back to the organisation's .github repository when the repository has no file", async () => {
    nock("https://api.github.com").post("/graphql").reply(200, answer(null, textBlob("mode: shadow\n")));
    expect(await loadConfig({ octokit: client(), owner: "acme", repo: "infra" })).toMatchObject({ ok: true, present: true, config: { mode: "shadow" } });
  });

  it("gives the defaults when neither exists, even when the organisation has no .github repository", async () => {
    nock("https://api.github.com").post("/graphql").reply(200, answer(null, "missing"));
    expect(await loadConfig({ octokit: client(), owner: "acme", repo: "infra" })).toMatchObject({ ok: true, present: false, config: { mode: "enforce" } });
  });

  it("reports an invalid organisation file under the organisation repository's name, with its line", async () => {
    nock("https://api.github.com").post("/graphql").reply(200, answer(null, textBlob("mode: off\n")));
    const loaded = await loadConfig({ octokit: client(), owner: "acme", repo: "infra" });
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.diagnostics[0]).toMatchObject({ level: "error", file: "acme/.github: .github/airlock.yml", line: 1, path: "mode" });
  });

  it("fails closed on a file it cannot read as text: binary, truncated, too large or a directory", async () => {
    const cases = [
      { ...(textBlob("x") as object), isBinary: true, text: null },
      { ...(textBlob("x") as object), isTruncated: true },
      { ...(textBlob("x") as object), byteSize: 10_000_000 },
      { ...(textBlob("mode: shadow\n".padEnd(300_000, "#")) as object), byteSize: 12 },
      { __typename: "Tree" },
    ];
    for (const own of cases) {
      nock("https://api.github.com").post("/graphql").reply(200, answer(own, "missing"));
      const loaded = await loadConfig({ octokit: client(), owner: "acme", repo: "infra" });
      expect(loaded).toMatchObject({ ok: false, diagnostics: [{ level: "error", code: "config.unreadable", file: ".github/airlock.yml" }] });
    }
  });

  it("throws a GitHub error (the check fails closed) when the repository itself cannot be read", async () => {
    nock("https://api.github.com")
      .post("/graphql")
      .reply(200, { data: { repository: null, org: null }, errors: [{ type: "NOT_FOUND", path: ["repository"], message: "Could not resolve to a Repository with the name 'acme/infra'." }] });
    await expect(loadConfig({ octokit: client(), owner: "acme", repo: "infra" })).rejects.toBeInstanceOf(GitHubError);
    nock("https://api.github.com").post("/graphql").reply(502, "Bad Gateway");
    await expect(loadConfig({ octokit: client(), owner: "acme", repo: "infra" })).rejects.toThrow(/read config: 502/);
  });

  it("loads a file that uses _extends through Probot's loader, which follows it", async () => {
    nock("https://api.github.com").post("/graphql").reply(200, answer(textBlob("_extends: .github:base.yml\nmode: shadow\n"), "missing"));
    const octokit = client({ config: { mode: "shadow" }, files: [{ owner: "acme", repo: "infra", path: ".github/airlock.yml", config: { mode: "shadow" } }, { owner: "acme", repo: "infra", path: ".github/base.yml", config: {} }] });
    const loaded = await loadConfig({ octokit, owner: "acme", repo: "infra" });
    expect(octokit.pluginCalls).toBe(1);
    expect(loaded).toMatchObject({ ok: true, present: true, config: { mode: "shadow" }, extendsPaths: [".github/base.yml"] });
  });
});
