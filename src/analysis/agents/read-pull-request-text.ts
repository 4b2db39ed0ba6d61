import type { GitIdentity, PullRequestSnapshot } from "../../model/index.js";
import { asciiLower } from "./ascii-lower.js";
import { clipHead, clipHeadAndTail, clipTail, DETECTION_LIMITS } from "./detection-limits.js";
import { parseTrailers, type Trailer } from "./parse-trailers.js";

/** One commit as detection reads it: bounded subject, parsed trailers, the git identities as written. */
export interface CommitText {
  sha: string;
  subject: string;
  author: GitIdentity;
  committer: GitIdentity;
  trailers: Trailer[];
}

/** The bounded text of a PR: what every collector reads, prepared once. */
export interface PullRequestText {
  /** Head and tail of the body, lower-cased for case-insensitive literal matching. */
  bodyLower: string;
  /** The same clip, as written (to quote a line and read a login). */
  body: string;
  commits: CommitText[];
}

/**
 * `readPullRequestText` returns the parts of `snapshot` detection looks at, within `DETECTION_LIMITS`:
 * the first `maxCommits` commits, the head and tail of the body, each commit's subject from the head of
 * its message and its trailers from the tail (trailers close a message, so padding cannot push them out
 * of reach). Nothing beyond the limits is read, whatever the input size.
 */
export function readPullRequestText(snapshot: PullRequestSnapshot): PullRequestText {
  const body = clipHeadAndTail(snapshot.pullRequest.body ?? "");
  const commits = snapshot.commits.slice(0, DETECTION_LIMITS.maxCommits).map(readCommit);
  return { body, bodyLower: asciiLower(body), commits };
}

function readCommit(commit: PullRequestSnapshot["commits"][number]): CommitText {
  const message = commit.message ?? "";
  const head = clipHead(message, 1024);
  const newline = head.search(/\r|\n/);
  return {
    sha: commit.sha,
    subject: newline === -1 ? head : head.slice(0, newline),
    author: commit.author,
    committer: commit.committer,
    trailers: parseTrailers(clipTail(message)),
  };
}
