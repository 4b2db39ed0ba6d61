import type { PaginatedResult } from "./paginate-rest.js";
import type { LoadedPullRequest } from "./load-pull-request.js";

/**
 * `truncationWarnings` says when a list is incomplete: GitHub counts more changed files or commits than it
 * lists (3,000 files, 250 commits) or than the limits allowed, or the review list hit its limit. What was not
 * seen was not evaluated, so the caller should treat these as unknowns, not as safe.
 */
export function truncationWarnings(params: {
  loaded: LoadedPullRequest;
  files: PaginatedResult<unknown>;
  commits: PaginatedResult<unknown>;
  reviews: PaginatedResult<unknown>;
}): { level: "error" | "warning"; message: string }[] {
  const out: { level: "error" | "warning"; message: string }[] = [];
  const { changedFiles, commitCount } = params.loaded;
  const fileCount = params.files.items.length;
  if (params.files.truncated || (changedFiles !== undefined && changedFiles > fileCount)) {
    out.push({ level: "error", message: `the pull request changes ${changedFiles ?? "more than " + fileCount} files; only the first ${fileCount} were listed and examined, so the rest is unknown` });
  }
  const commitsRead = params.commits.items.length;
  if (params.commits.truncated || (commitCount !== undefined && commitCount > commitsRead)) {
    out.push({ level: "warning", message: `the pull request has ${commitCount ?? "more than " + commitsRead} commits; only the first ${commitsRead} were examined` });
  }
  if (params.reviews.truncated) out.push({ level: "warning", message: `the pull request has more than ${params.reviews.items.length} reviews; later reviews were not read` });
  return out;
}
