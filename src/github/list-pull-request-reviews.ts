import { z } from "zod";
import type { SnapshotReview } from "../model/index.js";
import type { RepoRef } from "./github-client.js";
import { paginateRest, type PaginatedResult } from "./paginate-rest.js";
import { toAccount, userSchema } from "./to-account.js";

const reviewSchema = z.object({
  user: userSchema.nullable(),
  state: z.enum(["APPROVED", "CHANGES_REQUESTED", "COMMENTED", "DISMISSED", "PENDING"]),
  commit_id: z.string().nullish(),
  submitted_at: z.string().nullish(),
});

/** A validated entry of pulls.listReviews. */
export type GitHubReview = z.infer<typeof reviewSchema>;

/**
 * `toSnapshotReviews` maps pulls.listReviews entries in GitHub's order (oldest first). Reviews whose author
 * was deleted (`user: null`) are dropped: nobody can be credited with them. A missing `commit_id` or
 * `submitted_at` becomes "" so the review can never match the head SHA.
 */
export function toSnapshotReviews(reviews: readonly GitHubReview[]): SnapshotReview[] {
  const out: SnapshotReview[] = [];
  for (const r of reviews) {
    if (r.user === null) continue;
    out.push({ user: toAccount(r.user), state: r.state, commitId: r.commit_id ?? "", submittedAt: r.submitted_at ?? "" });
  }
  return out;
}

/** `listPullRequestReviews` reads `GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews`, 100 per page, up to `maxReviews`. */
export async function listPullRequestReviews(
  params: RepoRef & { pullNumber: number; maxReviews: number },
): Promise<PaginatedResult<SnapshotReview>> {
  const result = await paginateRest({
    client: params.client,
    action: "list pull request reviews",
    route: "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
    params: { owner: params.owner, repo: params.repo, pull_number: params.pullNumber },
    item: reviewSchema,
    maxItems: params.maxReviews,
  });
  return { items: toSnapshotReviews(result.items), truncated: result.truncated };
}
