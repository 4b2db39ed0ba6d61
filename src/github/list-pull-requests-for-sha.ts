import { z } from "zod";
import type { RepoRef } from "./github-client.js";
import { paginateRest } from "./paginate-rest.js";
import { shaSchema } from "./to-account.js";

const pullSchema = z.object({
  number: z.number(),
  state: z.string(),
  head: z.object({ ref: z.string(), sha: shaSchema }),
  base: z.object({ ref: z.string() }),
});

/** An open pull request whose head is a given commit. */
export interface PullRequestRef {
  number: number;
  headSha: string;
  headRef: string;
  baseRef: string;
}

/**
 * `listPullRequestsForSha` returns the open pull requests of the repository whose head commit is `sha`, read
 * from `GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls` (one request for up to 100 pull requests).
 * `workflow_run` and `check_suite` events use it to find the pull requests to re-evaluate; closed pull
 * requests, and those whose head has moved past `sha`, are left out.
 */
export async function listPullRequestsForSha(params: RepoRef & { sha: string }): Promise<PullRequestRef[]> {
  const { items } = await paginateRest({
    client: params.client,
    action: "list pull requests for commit",
    route: "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
    params: { owner: params.owner, repo: params.repo, commit_sha: params.sha },
    item: pullSchema,
    maxItems: 300,
  });
  return items
    .filter((pr) => pr.state === "open" && pr.head.sha === params.sha.toLowerCase())
    .map((pr) => ({ number: pr.number, headSha: pr.head.sha, headRef: pr.head.ref, baseRef: pr.base.ref }));
}
