/** The GitHub adapter: the only code that talks to GitHub. Everything the app needs is exported here. */
export type { GitHubClient, GitHubResponse, RepoRef } from "./github-client.js";
export { GitHubError, isNotFound } from "./github-error.js";
export { loadSnapshot, type LoadSnapshotParams, type LoadedSnapshot } from "./load-snapshot.js";
export { DEFAULT_LOAD_LIMITS, type LoadLimits } from "./load-limits.js";
export { listPullRequestsForSha, type PullRequestRef } from "./list-pull-requests-for-sha.js";
export { upsertCheckRun, type CheckConclusion, type UpsertCheckRunParams } from "./publish/upsert-check-run.js";
export { CHECK_RUN_LIMITS, type CheckAnnotation } from "./publish/check-run-output.js";
export { syncLabels, type SyncLabelsParams } from "./publish/sync-labels.js";
export { defaultLabelStyle, type LabelStyle } from "./publish/label-style.js";
export { upsertStickyComment, type UpsertStickyCommentParams } from "./publish/upsert-sticky-comment.js";
export { postComment } from "./publish/post-comment.js";
export * from "./artifacts/index.js";
export { toGitHubError, type CallSite } from "./to-github-error.js";
export { provisionLabels, type ProvisionedLabels } from "./publish/provision-labels.js";
export { createFactCache, approximateBytes, type FactCache } from "./cache/fact-cache.js";
export { readConfigFiles, MAX_CONFIG_BYTES, type ConfigFile, type ConfigFiles } from "./read-config-files.js";
