import type { SnapshotReview } from "../../model/snapshot.js";

/** Input of `planBoundApprovals`. */
export interface PlanBoundApprovalsParams {
  /** The PR head commit. */
  headSha: string;
  /** The risk digest recorded for earlier head commits of the PR (audit trail `planDigest` by `headSha`). */
  digestsBySha: Readonly<Record<string, string>>;
  /** `riskDigest` of the plans for the head commit; undefined when there is none (nothing can stay current). */
  currentDigest: string | undefined;
}

/**
 * `planBoundApprovals` returns the `ReviewRules.stillCurrent` test for `approvals.bind: plan`: an approval of
 * the head commit is current; an approval of an older commit stays current only when the digest recorded for
 * that commit equals `currentDigest`, i.e. the risk-relevant plan did not change since the reviewer looked.
 * A commit with no recorded digest, or no current digest, is not current (fail closed). SHAs compare
 * case-insensitively and in full.
 */
export function planBoundApprovals(params: PlanBoundApprovalsParams): (review: SnapshotReview) => boolean {
  const head = params.headSha.toLowerCase();
  const digests = new Map<string, string>();
  for (const [sha, digest] of Object.entries(params.digestsBySha)) digests.set(sha.toLowerCase(), digest);
  const current = params.currentDigest;
  return (review) => {
    const sha = review.commitId.toLowerCase();
    if (sha === head) return true;
    if (current === undefined || current === "") return false;
    return digests.get(sha) === current;
  };
}
