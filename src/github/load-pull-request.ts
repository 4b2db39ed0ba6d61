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
  updated_at: z.string().optional(),
});

/** A validated pulls.get response. */
export type GitHubPullRequest = z.infer<typeof pullRequestSchema>;

/** A loaded pull request and the counts GitHub reports, to detect lists that GitHub truncates. */
export interface LoadedPullRequest {
  pullRequest: SnapshotPullRequest;
  changedFiles: number | undefined;
  commitCount: number | undefined;
  /** GitHub's `updated_at` of the pull request when it was read (ISO 8601), when present. */
  updatedAt?: string | undefined;
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
  return { pullRequest: toSnapshotPullRequest(data), changedFiles: data.changed_files, commitCount: data.commits, updatedAt: data.updated_at };
}

/** A webhook's full pull request object: the counts that reveal truncated lists and `updated_at` are required. */
const payloadPullRequestSchema = pullRequestSchema.extend({ changed_files: z.number(), commits: z.number(), updated_at: z.string() });

/**
 * `pullRequestFromPayload` reads the `pull_request` object of a `pull_request.*` webhook as loadPullRequest would
 * read `GET …/pulls/{n}`, without a request. Undefined when the object lacks a field Airlock needs (a review
 * event's reduced pull request has no `changed_files`/`commits`), so the caller reads the PR from the API.
 */
export function pullRequestFromPayload(payload: unknown): LoadedPullRequest | undefined {
  const parsed = payloadPullRequestSchema.safeParse(payload);
  if (!parsed.success) return undefined;
  const data = parsed.data;
  return { pullRequest: toSnapshotPullRequest(data), changedFiles: data.changed_files, commitCount: data.commits, updatedAt: data.updated_at };
}
