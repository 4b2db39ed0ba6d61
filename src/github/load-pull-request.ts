import { z } from "zod";
import type { SnapshotPullRequest } from "../model/index.js";
import { callRest } from "./call-rest.js";
import type { RepoRef } from "./github-client.js";
import { shaSchema, toAccount, userSchema } from "./to-account.js";

const refSchema = z.object({ ref: z.string(), sha: shaSchema });
const loginSchema = z.object({ login: z.string() });

/** The fields of `GET /repos/{owner}/{repo}/pulls/{pull_number}` that Airlock reads. */
export const pullRequestSchema = z.object({
  number: z.number(),
  title: z.string(),
  body: z.string().nullish(),
  draft: z.boolean().optional(),
  user: userSchema,
  head: refSchema,
  base: refSchema,
  labels: z.array(z.object({ name: z.string() })),
  assignees: z.array(loginSchema).nullish(),
  requested_reviewers: z.array(loginSchema).nullish(),
  changed_files: z.number().optional(),
  commits: z.number().optional(),
});

/** A validated pulls.get response. */
export type GitHubPullRequest = z.infer<typeof pullRequestSchema>;

/** A loaded pull request and the counts GitHub reports, to detect lists that GitHub truncates. */
export interface LoadedPullRequest {
  pullRequest: SnapshotPullRequest;
  changedFiles: number | undefined;
  commitCount: number | undefined;
}

/** `toSnapshotPullRequest` maps a pulls.get response to the snapshot's pull request (labels by name, people by login). */
export function toSnapshotPullRequest(pr: GitHubPullRequest): SnapshotPullRequest {
  return {
    number: pr.number,
    title: pr.title,
    body: pr.body ?? "",
    draft: pr.draft ?? false,
    author: toAccount(pr.user),
    headRef: pr.head.ref,
    headSha: pr.head.sha,
    baseRef: pr.base.ref,
    baseSha: pr.base.sha,
    labels: pr.labels.map((l) => l.name),
    assignees: (pr.assignees ?? []).map((a) => a.login),
    requestedReviewers: (pr.requested_reviewers ?? []).map((r) => r.login),
  };
}

/** `loadPullRequest` reads `GET /repos/{owner}/{repo}/pulls/{pull_number}` (one request). */
export async function loadPullRequest(params: RepoRef & { pullNumber: number }): Promise<LoadedPullRequest> {
  const { data } = await callRest({
    client: params.client,
    action: "get pull request",
    route: "GET /repos/{owner}/{repo}/pulls/{pull_number}",
    params: { owner: params.owner, repo: params.repo, pull_number: params.pullNumber },
    schema: pullRequestSchema,
  });
  return { pullRequest: toSnapshotPullRequest(data), changedFiles: data.changed_files, commitCount: data.commits };
}
