import type { Octokit } from "@octokit/rest";
import { ProbotOctokit } from "probot";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { GitHubClient } from "../../src/github/github-client.js";
import { loadPerformedViaApp } from "../../src/github/load-performed-via-app.js";
import { apiScope, OWNER, R, REPO } from "./support/client.js";
import { fixture } from "./support/fixtures.js";

const TestOctokit = ProbotOctokit.defaults((o: any) => ({ ...o, retry: { enabled: false }, throttle: { enabled: false } }));

describe("GitHubClient", () => {
  it("is satisfied by @octokit/rest's Octokit and by Probot's octokit", () => {
    expectTypeOf<Octokit>().toExtend<GitHubClient>();
    expectTypeOf<InstanceType<typeof ProbotOctokit>>().toExtend<GitHubClient>();
  });

  it("works with a Probot octokit at runtime", async () => {
    const { scope } = apiScope();
    scope.get(`${R}/issues/2`).reply(200, fixture("issues-get"));
    const client: GitHubClient = new TestOctokit({ auth: { token: "ghs_probot" } });
    await expect(loadPerformedViaApp({ client, owner: OWNER, repo: REPO, pullNumber: 2 })).resolves.toEqual({ id: 1143301, slug: "copilot-swe-agent" });
    expect(scope.isDone()).toBe(true);
  });
});
