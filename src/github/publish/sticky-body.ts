import { MAX_COMMENT_LENGTH, type GitHubComment } from "./comment-schema.js";
import { truncateText } from "./truncate-text.js";

/**
 * `checkMarker` accepts only a hidden HTML comment (`<!-- airlock:summary -->`) as a sticky marker, so the
 * marker never shows and never matches ordinary text. It throws otherwise.
 */
export function checkMarker(marker: string): string {
  if (!/^<!--[^\n]*\S[^\n]*-->$/.test(marker) || marker.slice(4, -3).includes("--")) {
    throw new Error(`upsert sticky comment: the marker must be a one-line HTML comment like <!-- airlock:summary -->, got ${JSON.stringify(marker)}`);
  }
  return marker;
}

/**
 * `stickyBody` returns the body to publish: `body` itself when it carries `marker`, else the marker on its own
 * first line followed by `body`; cut to GitHub's 65,536 characters so that the marker always survives.
 */
export function stickyBody(marker: string, body: string): string {
  if (body.includes(marker) && body.length <= MAX_COMMENT_LENGTH) return body;
  const rest = body.includes(marker) ? body.replace(marker, "") : body;
  return `${marker}\n${truncateText(rest.replace(/^\n/, ""), MAX_COMMENT_LENGTH - marker.length - 1)}`;
}

/**
 * `isStickyComment` tells whether a comment is Airlock's sticky comment: it carries the marker and was written
 * by a Bot (and by `authorLogin`, when given). A human can paste the marker into a comment, but cannot make
 * GitHub attribute that comment to a Bot, so the marker alone cannot redirect Airlock's updates.
 */
export function isStickyComment(comment: GitHubComment, marker: string, authorLogin?: string): boolean {
  if (comment.user?.type !== "Bot") return false;
  if (authorLogin !== undefined && comment.user.login.toLowerCase() !== authorLogin.toLowerCase()) return false;
  return (comment.body ?? "").includes(marker);
}
