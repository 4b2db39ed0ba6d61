import type {
  Account,
  GitIdentity,
  PullRequestSnapshot,
  SnapshotCommit,
  SnapshotPullRequest,
  SnapshotReview,
} from "../../src/model/index.js";

/**
 * Builders for `PullRequestSnapshot` and its parts. Every default describes an ordinary human PR with no
 * trace of an agent (author alice, a feature branch, one commit she wrote, no recorded actors), so a test states
 * only what its case is about. Overrides replace fields; `pullRequest` overrides merge into the default PR.
 */

export const HEAD_SHA = "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678";
export const BASE_SHA = "0f1e2d3c4b5a69788796a5b4c3d2e1f0ffeeddcc";

/** `anAccount` returns a human GitHub account (alice, id 1001) with the given overrides. */
export function anAccount(overrides: Partial<Account> = {}): Account {
  return { login: "alice", id: 1001, type: "User", ...overrides };
}

/** `aBot` returns a GitHub App bot account: `type: "Bot"` with the given login and numeric id. */
export function aBot(login: string, id: number): Account {
  return { login, id, type: "Bot" };
}

/** `anIdentity` returns a git identity (alice's personal address) with the given overrides. */
export function anIdentity(overrides: Partial<GitIdentity> = {}): GitIdentity {
  return { name: "Alice Example", email: "alice@example.com", ...overrides };
}

let commitCounter = 0;

/**
 * `aCommit` returns a commit alice wrote and committed. `author`/`committer` overrides merge into her
 * identity; `committer` follows `author` unless given. The sha is unique per call.
 */
export function aCommit(
  overrides: { sha?: string; message?: string; author?: Partial<GitIdentity>; committer?: Partial<GitIdentity> } = {},
): SnapshotCommit {
  commitCounter += 1;
  const author = anIdentity(overrides.author);
  return {
    sha: overrides.sha ?? commitCounter.toString(16).padStart(40, "c"),
    message: overrides.message ?? "Resize the production database\n\nThe instance is running out of memory.",
    author,
    committer: overrides.committer === undefined ? { ...author } : anIdentity(overrides.committer),
  };
}

/** `aReview` returns carol's (id 7, a user) approval of the default head commit. */
export function aReview(overrides: Partial<SnapshotReview> = {}): SnapshotReview {
  return {
    user: anAccount({ login: "carol", id: 7 }),
    state: "APPROVED",
    commitId: HEAD_SHA,
    submittedAt: "2026-11-21T11:00:00Z",
    ...overrides,
  };
}

/** `aPullRequest` returns alice's open, non-draft PR #42 from `feature/resize-db` into `main`. */
export function aPullRequest(overrides: Partial<SnapshotPullRequest> = {}): SnapshotPullRequest {
  return {
    number: 42,
    title: "Resize the production database",
    body: "Moves the database to a larger instance class.",
    draft: false,
    author: anAccount(),
    headRef: "feature/resize-db",
    headSha: HEAD_SHA,
    baseRef: "main",
    baseSha: BASE_SHA,
    labels: [],
    assignees: [],
    requestedReviewers: [],
    ...overrides,
  };
}

/** Overrides for `aSnapshot`: any snapshot field, with `pullRequest` given in part. */
export type SnapshotOverrides = Partial<Omit<PullRequestSnapshot, "pullRequest">> & {
  pullRequest?: Partial<SnapshotPullRequest>;
};

/** `aSnapshot` returns a snapshot of alice's human PR in acme/infra at a fixed `now`, with the given overrides. */
export function aSnapshot(overrides: SnapshotOverrides = {}): PullRequestSnapshot {
  const { pullRequest, ...rest } = overrides;
  return {
    repository: "acme/infra",
    now: "2026-11-21T12:00:00Z",
    pullRequest: aPullRequest(pullRequest),
    commits: [aCommit()],
    files: [],
    reviews: [],
    permissions: {},
    teams: {},
    ...rest,
  };
}
