import { describe, expect, it } from "vitest";
import { GitHubError, redactSecrets } from "../../src/github/github-error.js";
import { retryAfterSeconds, toGitHubError } from "../../src/github/to-github-error.js";
import { apiScope, testClient, TOKEN } from "./support/client.js";

const site = { action: "get pull request", endpoint: "GET /repos/{owner}/{repo}/pulls/{pull_number}" };
const NOW = Date.parse("2026-11-21T12:00:00Z");

/** The error a real Octokit throws for `status` with these headers and GitHub message. */
async function requestError(status: number, headers: Record<string, string>, message = "Forbidden"): Promise<unknown> {
  const { scope } = apiScope();
  scope.get("/repos/o/r/pulls/1").reply(status, { message, documentation_url: "https://docs.github.com/rest" }, headers);
  const error = await testClient().request("GET /repos/{owner}/{repo}/pulls/{pull_number}", { owner: "o", repo: "r", pull_number: 1 }).catch((e: unknown) => e);
  expect(scope.isDone()).toBe(true);
  return error;
}

describe("toGitHubError", () => {
  it("uses x-ratelimit-reset when the primary rate limit is exhausted", async () => {
    const reset = String(NOW / 1000 + 120);
    const error = toGitHubError(await requestError(403, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset }, "API rate limit exceeded"), site, NOW);
    expect(error).toMatchObject({ status: 403, retryAfterSeconds: 120 });
  });

  it("waits a minute for a secondary rate limit without headers, and not at all for a plain 403", async () => {
    expect(toGitHubError(await requestError(403, {}, "You have exceeded a secondary rate limit"), site, NOW).retryAfterSeconds).toBe(60);
    expect(toGitHubError(await requestError(403, {}, "Resource not accessible by integration"), site, NOW).retryAfterSeconds).toBeUndefined();
  });

  it("never carries a token or an authorization header into the message, even when GitHub echoes one", async () => {
    const error = toGitHubError(await requestError(401, { "x-github-request-id": "AB:CD" }, `Bad credentials: token ${TOKEN}`), site, NOW);
    expect(error.message).toBe("get pull request: 401 Bad credentials: token [REDACTED] (GET /repos/{owner}/{repo}/pulls/{pull_number}, request id AB:CD)");
    expect(error.message).not.toContain(TOKEN);
    expect(error.message).not.toMatch(/authorization|https?:/i);
  });

  it("keeps an existing GitHubError and wraps errors without a response as status 0", () => {
    const original = new GitHubError({ ...site, status: 404, detail: "Not Found" });
    expect(toGitHubError(original, site)).toBe(original);
    expect(toGitHubError(new TypeError("fetch failed"), site).message).toBe("get pull request: fetch failed (GET /repos/{owner}/{repo}/pulls/{pull_number})");
  });

  it("parses an HTTP-date retry-after", () => {
    expect(retryAfterSeconds(429, { "retry-after": new Date(NOW + 45_000).toUTCString() }, "", NOW)).toBe(45);
  });
});

describe("redactSecrets", () => {
  it.each([
    ["ghp_abcdefghijklmnopqrstuvwxyz0123", "[REDACTED]"],
    ["github_pat_11ABCDEFG0123456789_abcdefghijkl", "[REDACTED]"],
    ["Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.payload.sig", "Authorization: [REDACTED]"],
    ["https://x/y?access_token=abc123&page=2", "https://x/y?access_token=[REDACTED]&page=2"],
  ])("%s", (input, output) => {
    expect(redactSecrets(input)).toBe(output);
  });
});

describe("GraphQL rate limits", () => {
  it("turns a RATE_LIMITED GraphQL error into a GitHubError that says when to retry", async () => {
    const { scope } = apiScope();
    const reset = String(Math.ceil(Date.now() / 1000) + 300);
    scope.post("/graphql").reply(
      200,
      { data: null, errors: [{ type: "RATE_LIMITED", message: "API rate limit exceeded for installation ID 1." }] },
      { "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset, "x-github-request-id": "GQ:1" },
    );
    const error = await testClient().graphql("query { viewer { login } }").catch((e: unknown) => toGitHubError(e, { action: "load file bodies", endpoint: "POST /graphql" }));
    expect(scope.isDone()).toBe(true);
    expect(error).toMatchObject({ status: 200, requestId: "GQ:1" });
    expect((error as GitHubError).retryAfterSeconds).toBeGreaterThan(290);
    expect((error as GitHubError).message).toMatch(/^load file bodies: 200 GraphQL error: API rate limit exceeded/);
  });
});
