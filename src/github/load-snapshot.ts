import type { PullRequestSnapshot } from "../model/index.js";
import type { RepoRef } from "./github-client.js";
import { listPullRequestCommits } from "./list-pull-request-commits.js";
import { listPullRequestFiles } from "./list-pull-request-files.js";
import { listPullRequestReviews } from "./list-pull-request-reviews.js";
import { resolveLimits, type LoadLimits } from "./load-limits.js";
import { loadPerformedViaApp } from "./load-performed-via-app.js";
import { loadPullRequest } from "./load-pull-request.js";
import { loadRepositoryObjects } from "./load-repository-objects.js";
import { loadReviewerPermissions, reviewersNeedingPermission } from "./load-reviewer-permissions.js";
import { truncationWarnings } from "./truncation-warnings.js";

/** Inputs of loadSnapshot. */
export interface LoadSnapshotParams extends RepoRef {
  pullNumber: number;
  /** The evaluation time (ISO 8601), copied into the snapshot: the decide step reads no clock. */
  now: string;
  /** `.github/airlock.yml` text from the default branch, loaded by the caller; undefined means defaults. */
  configText?: string | undefined;
  /** Which changed files need their base and head text (IaC and governance files). */
  wantsBody: (path: string) => boolean;
  /** Teams (`org/slug`) whose members the gate needs. */
  teams: readonly string[];
  /** Whether to read CODEOWNERS from the default branch. */
  codeowners: boolean;
  limits?: Partial<LoadLimits> | undefined;
}

/** The snapshot and what could not be loaded, one sentence each, for the caller to turn into diagnostics. */
export interface LoadedSnapshot {
  snapshot: PullRequestSnapshot;
  warnings: string[];
}

/**
 * `loadSnapshot` gathers every GitHub fact one evaluation needs into a PullRequestSnapshot. Round 1, concurrent:
 * the pull request, its issue (`performed_via_github_app`), and the paginated files, commits and reviews.
 * Round 2, concurrent: GraphQL bodies for files `wantsBody` selects (with team members and CODEOWNERS in the
 * first query), and the permission of each human who approved or requested changes. The request count grows
 * with pagination only: a 200-file Terraform PR with one approver costs 9 requests. Plans, templates and
 * history are not GitHub-API facts and are left for the caller. Any GitHub failure throws a GitHubError.
 */
export async function loadSnapshot(params: LoadSnapshotParams): Promise<LoadedSnapshot> {
  const limits = resolveLimits(params.limits);
  const ref = { client: params.client, owner: params.owner, repo: params.repo, pullNumber: params.pullNumber };
  const [loaded, performedViaApp, files, commits, reviews] = await Promise.all([
    loadPullRequest(ref),
    loadPerformedViaApp(ref),
    listPullRequestFiles({ ...ref, maxFiles: limits.maxFiles }),
    listPullRequestCommits({ ...ref, maxCommits: limits.maxCommits }),
    listPullRequestReviews({ ...ref, maxReviews: limits.maxReviews }),
  ]);
  const pr = loaded.pullRequest;
  const [objects, permissions] = await Promise.all([
    loadRepositoryObjects({ ...ref, ...limits, files: files.items, baseSha: pr.baseSha, headSha: pr.headSha, wantsBody: params.wantsBody, teams: params.teams, codeowners: params.codeowners }),
    loadReviewerPermissions({ ...ref, logins: reviewersNeedingPermission(reviews.items) }),
  ]);
  const snapshot: PullRequestSnapshot = {
    repository: `${params.owner}/${params.repo}`,
    now: params.now,
    pullRequest: pr,
    commits: commits.items,
    files: objects.files,
    reviews: reviews.items,
    permissions,
    teams: objects.teams,
    actors: { performedViaApp },
  };
  if (params.configText !== undefined) snapshot.config = params.configText;
  if (objects.codeowners !== undefined) snapshot.codeowners = objects.codeowners;
  const truncation = truncationWarnings({ loaded, files, commits, reviews });
  const diagnostics = [...truncation, ...objects.warnings.map((message) => ({ level: "warning" as const, message }))];
  if (diagnostics.length > 0) snapshot.diagnostics = diagnostics.map((d) => ({ ...d, file: `${params.owner}/${params.repo}#${params.pullNumber}`, code: "snapshot.incomplete" }));
  return { snapshot, warnings: diagnostics.map((d) => d.message) };
}
