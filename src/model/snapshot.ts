import type { Diagnostic } from "./diagnostic.js";

/** A GitHub account as recorded by GitHub (`type` tells a human `User` from an App's `Bot`). */
export interface Account {
  login: string;
  id: number;
  type: "User" | "Bot" | "Organization";
}

/** A git identity as written in a commit (client-controlled, so only a claim). */
export interface GitIdentity {
  name: string;
  email: string;
  /** The GitHub login the email resolves to, when GitHub linked one. */
  login?: string | null;
}

export interface SnapshotCommit {
  sha: string;
  message: string;
  author: GitIdentity;
  committer: GitIdentity;
}

/** A changed file with the text of both sides when it is an IaC or governance file (null when absent or not fetched). */
export interface SnapshotFile {
  path: string;
  status: "added" | "removed" | "modified" | "renamed" | "copied" | "changed" | "unchanged";
  previousPath?: string | null;
  base?: string | null;
  head?: string | null;
}

export type ReviewState = "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "DISMISSED" | "PENDING";

export interface SnapshotReview {
  user: Account;
  state: ReviewState;
  commitId: string;
  submittedAt: string;
}

export type Permission = "admin" | "maintain" | "write" | "triage" | "read" | "none";

/** A `terraform show -json` plan produced by CI for one root module, with the head SHA it was planned at. */
export interface SnapshotPlan {
  name: string;
  headSha?: string;
  plan: unknown;
  /** The environment the plan's manifest names, if any. */
  environment?: string;
  /** Where the plan came from (artifact name and digest), for the audit trail. */
  origin?: { workflow?: string; runId?: number; artifact?: string; digest?: string };
}

/** A base/head pair of CloudFormation templates (synthesized by the AWS CDK or committed). */
export interface SnapshotTemplate {
  path: string;
  base?: unknown;
  head?: unknown;
}

/** One past agent infrastructure merge, for velocity limits. */
export interface HistoryEntry {
  mergedAt: string;
  agent: string;
  environment?: string;
  /** Every environment the merge reached (preferred over `environment` when present). */
  environments?: string[];
  destroyed?: number;
}

/** A break-glass override recorded for a PR: who opened the gate, for which head SHA, and why. */
export interface SnapshotOverride {
  headSha: string;
  login: string;
  reason: string;
  at: string;
}

/**
 * What is known about the plans CI produced for the PR head: `found` (trusted plans in `plans`), `missing`
 * (no run of the plan workflow for this SHA yet), `stale` (only for another SHA), `failed-run`, or
 * `untrusted` (from another workflow, or the PR edits the plan workflow). `reason` says why, for the check.
 */
export interface SnapshotPlanStatus {
  status: "found" | "missing" | "stale" | "failed-run" | "untrusted";
  headSha?: string;
  reason?: string;
  run?: { id: number; path: string; headSha: string; conclusion: string | null };
}

export interface SnapshotPullRequest {
  number: number;
  title: string;
  body: string;
  draft: boolean;
  author: Account;
  headRef: string;
  headSha: string;
  baseRef: string;
  baseSha: string;
  labels: string[];
  assignees: string[];
  requestedReviewers: string[];
}

/**
 * Every fact one evaluation needs, gathered up front (contract: input of `airlock simulate`).
 * The decide step reads nothing else: no clock (`now`), no network, no environment.
 */
export interface PullRequestSnapshot {
  repository: string;
  /** YAML text of `.github/airlock.yml` from the default branch; absent means documented defaults. */
  config?: string;
  now: string;
  pullRequest: SnapshotPullRequest;
  commits: SnapshotCommit[];
  files: SnapshotFile[];
  reviews: SnapshotReview[];
  permissions: Record<string, Permission>;
  teams: Record<string, string[]>;
  plans?: SnapshotPlan[];
  templates?: SnapshotTemplate[];
  history?: HistoryEntry[];
  /** Break-glass overrides recorded for this PR (from the audit trail). */
  overrides?: SnapshotOverride[];
  /** The state of CI plans for the head SHA; absent means "derive it from `plans`" (found when any). */
  planStatus?: SnapshotPlanStatus;
  /** Risk digests recorded for earlier head SHAs of this PR (from the audit trail), for `approvals.bind: plan`. */
  planDigests?: Record<string, string>;
  /**
   * Facts that could not be gathered completely (a PR listing more files than GitHub returns, a file body too
   * large to fetch). Errors make the verdict unknown (blocked); warnings are shown.
   */
  diagnostics?: Diagnostic[];
  /** Text of the CODEOWNERS file on the default branch, when the config asks for code-owner approval. */
  codeowners?: string | null;
  /** GitHub-asserted actors beyond the PR author: the webhook sender, the app that acted, pushers. */
  actors?: { sender?: Account; performedViaApp?: { id: number; slug: string } | null; pushers?: Account[] };
}
