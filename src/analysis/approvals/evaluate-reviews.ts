import type { Account, Permission, SnapshotReview } from "../../model/snapshot.js";
import type { IgnoredReview } from "../../model/verdict.js";

/** Who may not approve, and what makes an approval current. */
export interface ReviewRules {
  headSha: string;
  /** PR author's account: their approval does not count unless `authorMayApprove`. */
  author: Account;
  /** The human who launched the agent: their approval does not count unless `requesterMayApprove`. */
  requester: string | null;
  /** Other humans named as possible requesters (trailers, assignees): excluded like the requester. */
  otherRequesters?: readonly string[];
  authorMayApprove: boolean;
  requesterMayApprove: boolean;
  /** When true, only approvals of the head commit count (approvals of older commits are stale). */
  dismissStale: boolean;
  requireWritePermission: boolean;
  permissions: Readonly<Record<string, Permission>>;
  /** Tells whether an account is the agent (or another AI agent): such reviews never count. */
  isAgentAccount: (account: Account) => boolean;
  /**
   * Optional extra currency test used when approvals are bound to the plan: returns true when an approval
   * of an older commit is still valid because the risk-relevant plan did not change since.
   */
  stillCurrent?: (review: SnapshotReview) => boolean;
}

/** The outcome of reading the reviews of a PR. */
export interface ReviewOutcome {
  /** Logins whose latest decisive review is an approval that counts, in review order. */
  approvedBy: string[];
  /** Eligible reviewers whose latest decisive review requests changes. */
  changesRequestedBy: string[];
  /** Reviews that did not count, with why, for the check output. */
  ignored: IgnoredReview[];
}

const WRITE: ReadonlySet<Permission> = new Set(["admin", "maintain", "write"]);
const DECISIVE = new Set(["APPROVED", "CHANGES_REQUESTED", "DISMISSED"]);

/**
 * `evaluateReviews` applies DESIGN.md §2: per human reviewer only the latest decisive review counts
 * (a later comment does not undo an approval); an approval counts when it is on the head SHA (or still current),
 * from a `User` (not a `Bot`), not the agent, not the PR author, not the agent's requester, and from someone
 * with write permission. Each review that does not count says why.
 */
export function evaluateReviews(params: { reviews: readonly SnapshotReview[]; rules: ReviewRules }): ReviewOutcome {
  const outcome: ReviewOutcome = { approvedBy: [], changesRequestedBy: [], ignored: [] };
  for (const review of latestDecisiveReviews(params.reviews)) {
    const why = ineligibility(review, params.rules);
    if (review.state === "DISMISSED") outcome.ignored.push({ login: review.user.login, why: "review was dismissed" });
    else if (why !== null) outcome.ignored.push({ login: review.user.login, why });
    else if (review.state === "APPROVED") outcome.approvedBy.push(review.user.login);
    else outcome.changesRequestedBy.push(review.user.login);
  }
  return outcome;
}

/** Latest decisive review per reviewer (keyed by numeric id), ordered by submission time. */
function latestDecisiveReviews(reviews: readonly SnapshotReview[]): SnapshotReview[] {
  const latest = new Map<number, SnapshotReview>();
  const ordered = [...reviews].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
  for (const review of ordered) if (DECISIVE.has(review.state)) latest.set(review.user.id, review);
  return [...latest.values()];
}

function ineligibility(review: SnapshotReview, rules: ReviewRules): string | null {
  const user = review.user;
  if (user.type !== "User") return "reviews by bots do not count";
  if (rules.isAgentAccount(user)) return "the agent cannot approve its own change";
  const login = user.login.toLowerCase();
  // Identity is the numeric id: logins are reused across account types (the Copilot bot vs a human "Copilot").
  if (!rules.authorMayApprove && user.id === rules.author.id) return "the author of the PR cannot approve it";
  const requesters = [rules.requester, ...(rules.otherRequesters ?? [])].filter((r): r is string => r !== null).map((r) => r.toLowerCase());
  if (!rules.requesterMayApprove && requesters.includes(login)) return "the human who launched the agent cannot approve its change";
  if (rules.requireWritePermission && !WRITE.has(rules.permissions[user.login] ?? "none")) return "no write permission on the repository";
  if (review.state === "APPROVED" && rules.dismissStale && review.commitId !== rules.headSha && !(rules.stillCurrent?.(review) ?? false)) {
    return `approved an older commit (${review.commitId.slice(0, 7)}); the latest push needs a new approval`;
  }
  return null;
}
