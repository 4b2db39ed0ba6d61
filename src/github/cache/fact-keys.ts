/**
 * Cache keys of immutable GitHub facts. Every key names the repository; facts of a pull request also name the
 * base and head SHAs they were read at, so a push or a moved base never reads an older answer.
 */
export const factKeys = {
  /** `GET …/pulls/{n}/files`, complete, for this base/head pair. */
  files: (repo: string, pullNumber: number, baseSha: string, headSha: string) => `files:${repo}#${pullNumber}@${baseSha}..${headSha}`,
  /** `GET …/pulls/{n}/commits`, complete, for this base/head pair. */
  commits: (repo: string, pullNumber: number, baseSha: string, headSha: string) => `commits:${repo}#${pullNumber}@${baseSha}..${headSha}`,
  /** The GraphQL blob node of `<commit sha>:<path>` (an object expression names an immutable blob). */
  blob: (repo: string, expression: string) => `blob:${repo}@${expression}`,
  /** `performed_via_github_app` of the PR's issue: set when the PR is opened, never changed. */
  performedViaApp: (repo: string, pullNumber: number) => `performed-via-app:${repo}#${pullNumber}`,
} as const;
