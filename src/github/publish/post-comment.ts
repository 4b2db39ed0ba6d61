import { callRest } from "../call-rest.js";
import type { RepoRef } from "../github-client.js";
import { MAX_COMMENT_LENGTH, commentSchema } from "./comment-schema.js";
import { truncateText } from "./truncate-text.js";

/**
 * `postComment` adds a new comment to an issue or pull request (the answer to an `/airlock` command) and
 * returns its id: one request, `POST /repos/{owner}/{repo}/issues/{issue_number}/comments`. The body is cut to
 * GitHub's 65,536 characters.
 */
export async function postComment(params: RepoRef & { issueNumber: number; body: string }): Promise<number> {
  const { data } = await callRest({
    client: params.client,
    action: "post comment",
    route: "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
    params: { owner: params.owner, repo: params.repo, issue_number: params.issueNumber, body: truncateText(params.body, MAX_COMMENT_LENGTH) },
    schema: commentSchema,
  });
  return data.id;
}
