import { z } from "zod";
import type { GitIdentity, SnapshotCommit } from "../model/index.js";
import type { RepoRef } from "./github-client.js";
import { paginateRest, type PaginatedResult } from "./paginate-rest.js";

/** GitHub lists at most this many commits of a pull request. */
export const GITHUB_MAX_COMMITS = 250;

const gitIdentitySchema = z.object({ name: z.string().nullish(), email: z.string().nullish() }).nullish();
const linkedUserSchema = z.object({ login: z.string().optional() }).nullish();

const commitSchema = z.object({
  sha: z.string(),
  commit: z.object({ message: z.string(), author: gitIdentitySchema, committer: gitIdentitySchema }),
  author: linkedUserSchema,
  committer: linkedUserSchema,
});

/** A validated entry of pulls.listCommits. */
export type GitHubCommit = z.infer<typeof commitSchema>;

function identity(git: z.infer<typeof gitIdentitySchema>, linked: z.infer<typeof linkedUserSchema>): GitIdentity {
  return { name: git?.name ?? "", email: git?.email ?? "", login: linked?.login ?? null };
}

/**
 * `toSnapshotCommit` maps a pulls.listCommits entry: git author/committer name and email as written in the
 * commit (a claim), plus the login GitHub linked each email to (null when none; GitHub sometimes sends `{}`).
 */
export function toSnapshotCommit(commit: GitHubCommit): SnapshotCommit {
  return {
    sha: commit.sha,
    message: commit.commit.message,
    author: identity(commit.commit.author, commit.author),
    committer: identity(commit.commit.committer, commit.committer),
  };
}

/** `listPullRequestCommits` reads `GET /repos/{owner}/{repo}/pulls/{pull_number}/commits`, 100 per page, up to `maxCommits`. */
export async function listPullRequestCommits(
  params: RepoRef & { pullNumber: number; maxCommits: number },
): Promise<PaginatedResult<SnapshotCommit>> {
  const result = await paginateRest({
    client: params.client,
    action: "list pull request commits",
    route: "GET /repos/{owner}/{repo}/pulls/{pull_number}/commits",
    params: { owner: params.owner, repo: params.repo, pull_number: params.pullNumber },
    item: commitSchema,
    maxItems: params.maxCommits,
  });
  return { items: result.items.map(toSnapshotCommit), truncated: result.truncated };
}
