import { z } from "zod";
import { callRest } from "./call-rest.js";
import type { RepoRef } from "./github-client.js";

const issueSchema = z.object({
  performed_via_github_app: z.object({ id: z.number(), slug: z.string().optional() }).nullish(),
});

/** The GitHub App that opened a pull request on a user's behalf, as GitHub asserts it. */
export type PerformedViaApp = { id: number; slug: string } | null;

/**
 * `loadPerformedViaApp` reads `performed_via_github_app` from `GET /repos/{owner}/{repo}/issues/{issue_number}`
 * (one request): the pull request object does not carry it, its issue does. Null when no app acted.
 */
export async function loadPerformedViaApp(params: RepoRef & { pullNumber: number }): Promise<PerformedViaApp> {
  const { data } = await callRest({
    client: params.client,
    action: "get pull request issue",
    route: "GET /repos/{owner}/{repo}/issues/{issue_number}",
    params: { owner: params.owner, repo: params.repo, issue_number: params.pullNumber },
    schema: issueSchema,
  });
  const app = data.performed_via_github_app;
  return app ? { id: app.id, slug: app.slug ?? "" } : null;
}
