import type { PullRequestSnapshot } from "../model/index.js";
import type { RepoRef } from "./github-client.js";
import type { FactCache } from "./cache/fact-cache.js";
import { resolveLimits, type LoadLimits } from "./load-limits.js";
import { loadPullRequestFacts } from "./load-pull-request-facts.js";
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
  /**
   * The `pull_request` object of a `pull_request.*` webhook (signed by GitHub: the PR at event time). It replaces
   * `GET …/pulls/{n}` when the commits listing proves its head is still current; otherwise the PR is read.
   */
  payload?: unknown;
  /** Base and head SHAs announced by a webhook without a full PR object, to look cached facts up early. */
  hint?: { baseSha: string; headSha: string } | undefined;
  /** Immutable facts (files, commits, file bodies, `performed_via_github_app`) kept between evaluations. */
  cache?: FactCache | undefined;
}

/** The snapshot and what could not be loaded, one sentence each, for the caller to turn into diagnostics. */
export interface LoadedSnapshot {
  snapshot: PullRequestSnapshot;
  warnings: string[];
  /** Where the PR came from: `payload` (its labels may predate Airlock's own writes) or `api` (read now). */
  source: "payload" | "api";
  /** The PR's `updated_at` as read (ISO 8601), when GitHub gave one. */
  updatedAt?: string | undefined;
}

/**
 * `loadSnapshot` gathers every GitHub fact one evaluation needs into a PullRequestSnapshot. Round 1
 * (loadPullRequestFacts): the pull request (from the webhook payload when it is proven current), its issue
 * (`performed_via_github_app`), and the paginated files, commits and reviews. Round 2, concurrent: GraphQL bodies
 * for files `wantsBody` selects (with team members and CODEOWNERS in the first query), and the permission of each
 * human who approved or requested changes. The request count grows with pagination only: a 200-file Terraform
 * PR with one approver costs 7 requests from a payload, 8 without. With a `cache`, a review on an unchanged head
 * reads the PR, the reviews and the permissions only (plus teams and CODEOWNERS when the config needs them).
 * Plans, templates and history are not GitHub-API facts and are left for the caller. Any GitHub failure throws
 * a GitHubError.
 */
export async function loadSnapshot(params: LoadSnapshotParams): Promise<LoadedSnapshot> {
  const limits = resolveLimits(params.limits);
  const ref = { client: params.client, owner: params.owner, repo: params.repo, pullNumber: params.pullNumber };
  const facts = await loadPullRequestFacts({ ...ref, limits, payload: params.payload, hint: params.hint, cache: params.cache });
  const { loaded, performedViaApp, files, commits, reviews } = facts;
  const pr = loaded.pullRequest;
  const [objects, permissions] = await Promise.all([
    loadRepositoryObjects({ ...ref, ...limits, files: files.items, baseSha: pr.baseSha, headSha: pr.headSha, wantsBody: params.wantsBody, teams: params.teams, codeowners: params.codeowners, cache: params.cache }),
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
  return { snapshot, warnings: diagnostics.map((d) => d.message), source: facts.source, updatedAt: loaded.updatedAt };
}
