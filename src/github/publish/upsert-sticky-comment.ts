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
 * `upsertStickyComment` keeps one comment carrying `marker` on an issue and returns its id. With a `knownCommentId`
 * (an id this function returned before, remembered by the caller) it updates that comment directly; if GitHub
 * answers 404 (the comment was deleted) it carries on as without one. Otherwise it finds the comment by listing
 * the issue's comments (100 per page, stopping at the first match, Bot comments only), updates it in place —
 * writing nothing when the body is unchanged — and creates the comment when none exists. With `knownAbsent` and
 * no usable `knownCommentId`, it creates the comment without listing.
 */
export async function upsertStickyComment(params: UpsertStickyCommentParams): Promise<number> {
  const marker = checkMarker(params.marker);
  const body = stickyBody(marker, params.body);
  const updated = await updateKnownComment(params, body);
  if (updated !== undefined) return updated;
  const existing = params.knownAbsent === true ? undefined : await findByListing(params, marker);
  if (existing) {
    if (existing.body !== body) await updateComment(params, existing.id, body);
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

async function updateComment(params: UpsertStickyCommentParams, commentId: number, body: string): Promise<GitHubComment> {
  const { data } = await callRest({
    client: params.client,
    action: "update sticky comment",
    route: `PATCH ${COMMENT_ROUTE}`,
    params: { owner: params.owner, repo: params.repo, comment_id: commentId, body },
    schema: commentSchema,
  });
  return data;
}

/** Updates the remembered comment; undefined when there is none to update (no id, or GitHub says it is gone). */
async function updateKnownComment(params: UpsertStickyCommentParams, body: string): Promise<number | undefined> {
  if (params.knownCommentId === undefined) return undefined;
  try {
    const data = await updateComment(params, params.knownCommentId, body);
    if (data.issue_url !== undefined && !data.issue_url.endsWith(`/issues/${params.issueNumber}`)) {
      throw new Error(`remembered comment ${params.knownCommentId} is not on issue #${params.issueNumber}`);
    }
    return data.id;
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
