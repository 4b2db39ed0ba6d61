import { z } from "zod";
import type { SnapshotFile } from "../model/index.js";
import type { RepoRef } from "./github-client.js";
import { paginateRest, type PaginatedResult } from "./paginate-rest.js";

/** GitHub lists at most this many files of a pull request. */
export const GITHUB_MAX_FILES = 3000;

const fileSchema = z.object({
  filename: z.string(),
  status: z.enum(["added", "removed", "modified", "renamed", "copied", "changed", "unchanged"]),
  previous_filename: z.string().optional(),
});

/** A validated entry of pulls.listFiles. */
export type GitHubPullRequestFile = z.infer<typeof fileSchema>;

/** `toSnapshotFile` maps a pulls.listFiles entry to a SnapshotFile without bodies (`base`/`head` null). */
export function toSnapshotFile(file: GitHubPullRequestFile): SnapshotFile {
  return { path: file.filename, status: file.status, previousPath: file.previous_filename ?? null, base: null, head: null };
}

/**
 * `listPullRequestFiles` reads `GET /repos/{owner}/{repo}/pulls/{pull_number}/files`, 100 per page,
 * sequentially, up to `maxFiles` (GitHub itself stops at 3,000): 2 requests for 200 files, 30 for 3,000.
 */
export async function listPullRequestFiles(
  params: RepoRef & { pullNumber: number; maxFiles: number },
): Promise<PaginatedResult<SnapshotFile>> {
  const result = await paginateRest({
    client: params.client,
    action: "list pull request files",
    route: "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
    params: { owner: params.owner, repo: params.repo, pull_number: params.pullNumber },
    item: fileSchema,
    maxItems: params.maxFiles,
  });
  return { items: result.items.map(toSnapshotFile), truncated: result.truncated };
}
