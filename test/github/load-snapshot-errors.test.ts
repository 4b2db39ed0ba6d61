import { describe, expect, it } from "vitest";
import { GitHubError } from "../../src/github/github-error.js";
import { loadSnapshot } from "../../src/github/load-snapshot.js";
import { apiScope, OWNER, R, REPO, testClient, TOKEN } from "./support/client.js";
import { fixture, pullsGet } from "./support/fixtures.js";

const page1 = { per_page: "100", page: "1" };

function load() {
  return loadSnapshot({
    client: testClient(), owner: OWNER, repo: REPO, pullNumber: 2, now: "2026-11-21T12:00:00Z",
    wantsBody: () => true, teams: [], codeowners: false,
  });
}

/** Round one of loadSnapshot with `files` replaced by the given reply (commits are listed after it, so only on success). */
function roundOne(files: (scope: ReturnType<typeof apiScope>["scope"]) => void, pull: () => [number, unknown, Record<string, string>?] = () => [200, pullsGet(3)]) {
  const api = apiScope();
  const [status, body, headers] = pull();
  api.scope
    .get(`${R}/pulls/2`).reply(status, body as object, headers)
    .get(`${R}/issues/2`).reply(200, fixture("issues-get"))
    .get(`${R}/pulls/2/commits`).query(page1).optionally().reply(200, [])
    .get(`${R}/pulls/2/reviews`).query(page1).reply(200, []);
  files(api.scope);
  return api;
}

async function caught(promise: Promise<unknown>): Promise<GitHubError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(GitHubError);
  return error as GitHubError;
}

describe("loadSnapshot failures", () => {
  it("turns a 500 on the files list into a GitHubError naming the endpoint, without the token", async () => {
    const { scope } = roundOne((s) =>
      s.get(`${R}/pulls/2/files`).query(page1).reply(500, { message: "Server Error" }, { "x-github-request-id": "C0DE:1234:5678" }),
    );
    const error = await caught(load());
    expect(scope.isDone()).toBe(true);
    expect(error.status).toBe(500);
    expect(error.endpoint).toBe("GET /repos/{owner}/{repo}/pulls/{pull_number}/files");
    expect(error.requestId).toBe("C0DE:1234:5678");
    expect(error.message).toBe(
      "list pull request files: 500 Server Error (GET /repos/{owner}/{repo}/pulls/{pull_number}/files, request id C0DE:1234:5678)",
    );
    expect(JSON.stringify({ ...error, text: error.message, cause: error.cause })).not.toContain(TOKEN);
    expect(error.retryAfterSeconds).toBeUndefined();
  });

  it("turns a 429 with retry-after into a GitHubError with retryAfterSeconds", async () => {
    const { scope } = roundOne(
      (s) => s.get(`${R}/pulls/2/files`).query(page1).reply(200, []),
      () => [429, { message: "API rate limit exceeded for installation ID 1." }, { "retry-after": "30" }],
    );
    const error = await caught(load());
    expect(scope.isDone()).toBe(true);
    expect(error).toMatchObject({ status: 429, retryAfterSeconds: 30, isRateLimited: true });
    expect(error.message).toMatch(/^get pull request: 429 API rate limit exceeded .*retry after 30s\)$/);
  });

  it("rejects a files endpoint that returns an object instead of an array as an unexpected response", async () => {
    const { scope } = roundOne((s) => s.get(`${R}/pulls/2/files`).query(page1).reply(200, { filename: "main.tf" }));
    const error = await caught(load());
    expect(scope.isDone()).toBe(true);
    expect(error.status).toBe(200);
    expect(error.message).toMatch(/^list pull request files: 200 unexpected response: .*expected array.*\(GET \/repos\/\{owner\}\/\{repo\}\/pulls\/\{pull_number\}\/files\)$/);
  });

  it("rejects a pull request whose head SHA is not a commit id (it would become part of an object expression)", async () => {
    const pr = pullsGet(3);
    pr.head.sha = "HEAD:secrets";
    const { scope } = roundOne((s) => s.get(`${R}/pulls/2/files`).query(page1).reply(200, []), () => [200, pr]);
    const error = await caught(load());
    expect(scope.isDone()).toBe(true);
    expect(error.message).toMatch(/^get pull request: 200 unexpected response: head\.sha: expected a commit SHA/);
  });
});
