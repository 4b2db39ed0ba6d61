import type { SnapshotCommit, SnapshotFile, SnapshotReview } from "../model/index.js";
import { factKeys } from "./cache/fact-keys.js";
import type { FactCache } from "./cache/fact-cache.js";
import type { RepoRef } from "./github-client.js";
import { listPullRequestCommits } from "./list-pull-request-commits.js";
import { listPullRequestFiles } from "./list-pull-request-files.js";
import { listPullRequestReviews } from "./list-pull-request-reviews.js";
import type { LoadLimits } from "./load-limits.js";
import { loadPerformedViaApp, type PerformedViaApp } from "./load-performed-via-app.js";
import { loadPullRequest, pullRequestFromPayload, type LoadedPullRequest } from "./load-pull-request.js";
import type { PaginatedResult } from "./paginate-rest.js";

/** Inputs of loadPullRequestFacts. */
export interface PullRequestFactsParams extends RepoRef {
  pullNumber: number;
  limits: LoadLimits;
  /** The `pull_request` object of a `pull_request.*` webhook, used instead of `GET …/pulls/{n}` once verified fresh. */
  payload?: unknown;
  /** Base and head SHAs a webhook announced (a review's reduced PR, a re-run), to look cached facts up early. */
  hint?: { baseSha: string; headSha: string } | undefined;
  cache?: FactCache | undefined;
}

/** The pull request and its lists, and where the pull request came from. */
export interface PullRequestFacts {
  loaded: LoadedPullRequest;
  /** `payload` when the webhook's object was used (its labels may be older than GitHub's), `api` when read now. */
  source: "payload" | "api";
  performedViaApp: PerformedViaApp;
  files: PaginatedResult<SnapshotFile>;
  commits: PaginatedResult<SnapshotCommit>;
  reviews: PaginatedResult<SnapshotReview>;
}

type Listing<T> = PaginatedResult<T> & { live: boolean };

/**
 * `loadPullRequestFacts` reads the pull request, its issue's `performed_via_github_app`, files, commits and
 * reviews. Reviews are always read. With a webhook `payload`, `GET …/pulls/{n}` is skipped when the commits,
 * listed after the files, are complete, as many as the payload counts and end with the payload's head SHA;
 * otherwise the PR is read from the API (and the files again if the head or base moved). With a `cache`,
 * files and commits are reused for the same base/head SHAs and `performed_via_github_app` for the same PR; a
 * listing is cached only when complete and confirmed by a commits listing, read after it, that ends with the
 * head SHA the listing is keyed by, so a push during the load can never leave a wrong answer in the cache.
 */
export async function loadPullRequestFacts(params: PullRequestFactsParams): Promise<PullRequestFacts> {
  const repo = `${params.owner}/${params.repo}`;
  const fromPayload = params.payload === undefined ? undefined : pullRequestFromPayload(params.payload);
  const hint = fromPayload ? { baseSha: fromPayload.pullRequest.baseSha, headSha: fromPayload.pullRequest.headSha } : params.hint;
  const [first, performedViaApp, firstFiles, reviews] = await Promise.all([
    fromPayload ? Promise.resolve(fromPayload) : loadPullRequest(params),
    cachedPerformedViaApp(params, repo),
    hint ? cachedFiles(params, repo, hint) ?? liveFiles(params) : liveFiles(params),
    listPullRequestReviews({ ...params, maxReviews: params.limits.maxReviews }),
  ]);
  let loaded = first;
  let source: PullRequestFacts["source"] = fromPayload ? "payload" : "api";
  const key = (l: LoadedPullRequest) => ({ baseSha: l.pullRequest.baseSha, headSha: l.pullRequest.headSha });
  const cachedCommits = fromPayload ? undefined : params.cache?.get<PaginatedResult<SnapshotCommit>>(factKeys.commits(repo, params.pullNumber, loaded.pullRequest.baseSha, loaded.pullRequest.headSha));
  const commits: Listing<SnapshotCommit> = cachedCommits ? { ...cachedCommits, live: false } : { ...(await listPullRequestCommits({ ...params, maxCommits: params.limits.maxCommits })), live: true };
  if (fromPayload && !endsAtHead(commits, fromPayload)) {
    loaded = await loadPullRequest(params);
    source = "api";
  }
  const confirmed = commits.live && endsAtHead(commits, loaded);
  // Without a hint, the files were listed alongside the PR read and belong to its base/head.
  const filesKey = hint ?? key(first);
  const sameKey = filesKey.baseSha === loaded.pullRequest.baseSha && filesKey.headSha === loaded.pullRequest.headSha;
  let files = firstFiles;
  if (!sameKey) {
    files = await (cachedFiles(params, repo, key(loaded)) ?? liveFiles(params));
  } else if (files.live && !files.truncated && confirmed) {
    params.cache?.set(factKeys.files(repo, params.pullNumber, filesKey.baseSha, filesKey.headSha), { items: files.items, truncated: false });
  }
  if (confirmed && commits.live) {
    params.cache?.set(factKeys.commits(repo, params.pullNumber, loaded.pullRequest.baseSha, loaded.pullRequest.headSha), { items: commits.items, truncated: false });
  }
  return { loaded, source, performedViaApp, files, commits, reviews };
}

/** Whether a commits listing is complete, as long as the PR says, and ends with the PR's head commit. */
function endsAtHead(commits: PaginatedResult<SnapshotCommit>, pr: LoadedPullRequest): boolean {
  if (commits.truncated || commits.items.length === 0) return false;
  if (pr.commitCount !== undefined && pr.commitCount !== commits.items.length) return false;
  return commits.items.at(-1)?.sha === pr.pullRequest.headSha;
}

function cachedFiles(params: PullRequestFactsParams, repo: string, key: { baseSha: string; headSha: string }): Promise<Listing<SnapshotFile>> | undefined {
  const hit = params.cache?.get<PaginatedResult<SnapshotFile>>(factKeys.files(repo, params.pullNumber, key.baseSha, key.headSha));
  if (hit === undefined || hit.items.length > params.limits.maxFiles) return undefined;
  return Promise.resolve({ ...hit, live: false });
}

async function liveFiles(params: PullRequestFactsParams): Promise<Listing<SnapshotFile>> {
  return { ...(await listPullRequestFiles({ ...params, maxFiles: params.limits.maxFiles })), live: true };
}

async function cachedPerformedViaApp(params: PullRequestFactsParams, repo: string): Promise<PerformedViaApp> {
  const key = factKeys.performedViaApp(repo, params.pullNumber);
  const hit = params.cache?.get<{ app: PerformedViaApp }>(key);
  if (hit !== undefined) return hit.app;
  const app = await loadPerformedViaApp(params);
  params.cache?.set(key, { app });
  return app;
}
