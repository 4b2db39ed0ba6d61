import { callRest } from "../call-rest.js";
import type { RepoRef } from "../github-client.js";
import { isNotFound } from "../github-error.js";
import { paginateRest } from "../paginate-rest.js";
import { commentSchema, type GitHubComment } from "./comment-schema.js";
import { checkMarker, isStickyComment, stickyBody } from "./sticky-body.js";

/** Inputs of upsertStickyComment. */
export interface UpsertStickyCommentParams extends RepoRef {
  issueNumber: number;
  /** A hidden HTML comment identifying the sticky comment, e.g. `<!-- airlock:summary -->`. */
  marker: string;
  body: string;
  /** A comment id remembered from an earlier publish; saves listing the comments. */
  knownCommentId?: number | undefined;
  /** Airlock's bot login (`airlock[bot]`): when given, only its comments can be the sticky one. */
  authorLogin?: string | undefined;
  /**
   * The caller knows the issue has no sticky comment yet (the PR was just opened and no comment id is
   * remembered): the listing is skipped and the comment created. A wrong claim costs a duplicate comment, no more.
   */
  knownAbsent?: boolean | undefined;
}

const COMMENT_ROUTE = "/repos/{owner}/{repo}/issues/comments/{comment_id}";

/**
 * `upsertStickyComment` keeps one comment carrying `marker` on an issue and returns its id. It finds the comment
 * by `knownCommentId` (checked to be on this issue, by a Bot, with the marker) or by listing the issue's comments
 * (100 per page, stopping at the first match) and considering only Bot comments; it updates that comment in place,
 * writes nothing when the body is unchanged, and creates the comment when none exists. With `knownAbsent` and no
 * usable `knownCommentId`, it creates the comment without listing.
 */
export async function upsertStickyComment(params: UpsertStickyCommentParams): Promise<number> {
  const marker = checkMarker(params.marker);
  const body = stickyBody(marker, params.body);
  const known = await findKnownComment(params, marker);
  const existing = known ?? (params.knownAbsent === true ? undefined : await findByListing(params, marker));
  if (existing) {
    if (existing.body !== body) {
      await callRest({
        client: params.client,
        action: "update sticky comment",
        route: `PATCH ${COMMENT_ROUTE}`,
        params: { owner: params.owner, repo: params.repo, comment_id: existing.id, body },
        schema: commentSchema,
      });
    }
    return existing.id;
  }
  const { data } = await callRest({
    client: params.client,
    action: "create sticky comment",
    route: "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
    params: { owner: params.owner, repo: params.repo, issue_number: params.issueNumber, body },
    schema: commentSchema,
  });
  return data.id;
}

async function findKnownComment(params: UpsertStickyCommentParams, marker: string): Promise<GitHubComment | undefined> {
  if (params.knownCommentId === undefined) return undefined;
  try {
    const { data } = await callRest({
      client: params.client,
      action: "get sticky comment",
      route: `GET ${COMMENT_ROUTE}`,
      params: { owner: params.owner, repo: params.repo, comment_id: params.knownCommentId },
      schema: commentSchema,
    });
    const onThisIssue = data.issue_url?.endsWith(`/issues/${params.issueNumber}`) ?? false;
    return onThisIssue && isStickyComment(data, marker, params.authorLogin) ? data : undefined;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

async function findByListing(params: UpsertStickyCommentParams, marker: string): Promise<GitHubComment | undefined> {
  const matches = (c: GitHubComment) => isStickyComment(c, marker, params.authorLogin);
  const { items } = await paginateRest({
    client: params.client,
    action: "list issue comments",
    route: "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
    params: { owner: params.owner, repo: params.repo, issue_number: params.issueNumber },
    item: commentSchema,
    maxItems: 10_000,
    until: matches,
  });
  return items.find(matches);
}
