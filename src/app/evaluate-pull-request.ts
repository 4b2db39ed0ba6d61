import { createHash } from "node:crypto";
import { evaluate } from "../analysis/evaluate.js";
import type { AuditStore } from "../audit/index.js";
import { toApprovalEvents, toEvaluationEvent } from "../report/to-audit-events.js";
import type { PullRequestSnapshot } from "../model/snapshot.js";
import type { EvaluationEvent } from "../model/audit-event.js";
import { withAuditFacts } from "./audit-facts.js";
import { withPlans } from "./with-plans.js";
import type { AirlockConfig } from "../config/index.js";
import { formatConfigDiagnostics } from "../config/index.js";
import { loadSnapshot, toGitHubError, type FactCache, type GitHubClient } from "../github/index.js";
import { abortOnTimeout, type HookedOctokit } from "./abort-on-timeout.js";
import type { Verdict } from "../model/verdict.js";
import { failureVerdict } from "./failure-verdict.js";
import { loadConfig, type ConfigOctokit } from "./load-config.js";
import { isPayloadCurrent, payloadDigest, rememberSeen } from "./payload-recency.js";
import { publishCheck, publishVerdict, type PublishTarget } from "./publish-verdict.js";
import { teamsNeeded } from "./teams-needed.js";
import { wantsBody } from "./wants-body.js";
import { withTimeout } from "./with-timeout.js";

/** A minimal logger (Probot's pino logger fits). */
export interface Log {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** One request to evaluate a PR, built from a webhook delivery. */
export interface EvaluationRequest {
  octokit: GitHubClient & ConfigOctokit;
  owner: string;
  repo: string;
  pullNumber: number;
  deliveryId: string;
  /** Head SHA from the payload when it has one (used to fail the check closed even when loading fails). */
  headSha?: string;
  /** Base SHA from the payload when it has one (with `headSha`, finds cached facts before the PR is read). */
  baseSha?: string;
  /**
   * The full `pull_request` object of a `pull_request.*` webhook. Used instead of `GET …/pulls/{n}` when it is
   * not older than a version of the PR already evaluated and the commits listing proves its head current.
   */
  payloadPullRequest?: unknown;
  /** The delivery is `pull_request.opened` (the PR has no sticky comment unless one is remembered). */
  justOpened?: boolean;
  appSlug?: string;
  /** The plan workflow run a `workflow_run` event announced (its artifacts are read first). */
  planRunId?: number;
  /** Remembers check-run and comment ids between evaluations (the audit store's key-value state). */
  memory?: { getState(key: string): Promise<string | null>; setState(key: string, value: string): Promise<void> };
  log: Log;
}

/** What the use case needs from the process: a clock, the audit trail (which also holds the per-PR lock), a time budget. */
export interface EvaluationDeps {
  now: () => Date;
  store: AuditStore;
  timeoutMs: number;
  /** Told about every published verdict (metrics). */
  onVerdict?: (verdict: Verdict, info: { repository: string; durationMs: number; pullNumber: number }) => void;
  /** Told when a recorded decision lets the PR merge (approval latency). Best-effort: errors are logged. */
  onOpened?: (event: EvaluationEvent) => Promise<void>;
  /** Immutable GitHub facts kept between evaluations (one per process). */
  cache?: FactCache;
}

/**
 * `evaluatePullRequest` is the use case behind every event: load the config from the default branch, gather
 * the snapshot, decide, publish. Runs one evaluation per PR at a time. Fails closed: any error or timeout
 * leaves the `Airlock` check `failure` with what failed and the delivery id; only if even that cannot be
 * written does it throw (Probot then reports the delivery as failed, and GitHub can redeliver it).
 */
export async function evaluatePullRequest(request: EvaluationRequest, deps: EvaluationDeps): Promise<Verdict> {
  const key = `${request.owner}/${request.repo}#${request.pullNumber}`;
  return deps.store.withLock(key, async () => {
    const state: EvaluationState = { headSha: request.headSha, labels: [] };
    // Past the budget, every request the evaluation still has in flight is aborted, so an abandoned
    // evaluation can never publish a stale verdict after the failure check.
    const budget = abortOnTimeout(request.octokit as unknown as HookedOctokit);
    try {
      return await withTimeout(budget.run(() => decideAndPublish(request, deps, state, budget.signal)), deps.timeoutMs, "evaluation");
    } catch (error) {
      budget.abort();
      return failClosed(request, state, error);
    }
  });
}

/** What an evaluation has learnt about the PR so far (enough to fail the check closed on the right commit). */
interface EvaluationState {
  headSha?: string;
  labels: readonly string[];
  labelsFromPayload?: boolean;
}

async function decideAndPublish(request: EvaluationRequest, deps: EvaluationDeps, state: EvaluationState, signal: AbortSignal): Promise<Verdict> {
  const { octokit: client, owner, repo, pullNumber } = request;
  const loaded = await loadConfig({ octokit: request.octokit, owner, repo });
  if (!loaded.ok) return publishConfigError(request, state, loaded.diagnostics);
  const started = Date.now();
  const repoName = `${owner}/${repo}`;
  const payload = request.payloadPullRequest !== undefined && (await isPayloadCurrent({ memory: request.memory, repo: repoName, pullNumber, payload: request.payloadPullRequest })) ? request.payloadPullRequest : undefined;
  const hint = request.baseSha !== undefined && request.headSha !== undefined ? { baseSha: request.baseSha, headSha: request.headSha } : undefined;
  const loadedSnapshot = await loadSnapshot({ client, owner, repo, pullNumber, now: deps.now().toISOString(), wantsBody, teams: teamsNeeded(loaded.config), codeowners: loaded.config.approvals.codeOwners, payload, hint, cache: deps.cache });
  const fromPayload = loadedSnapshot.source === "payload";
  await rememberSeen({ memory: request.memory, repo: repoName, pullNumber, updatedAt: loadedSnapshot.updatedAt, digest: fromPayload ? payloadDigest(payload) : null });
  state.headSha = loadedSnapshot.snapshot.pullRequest.headSha;
  state.labels = loadedSnapshot.snapshot.pullRequest.labels;
  state.labelsFromPayload = fromPayload;
  const planned = await withPlans({ client, owner, repo, snapshot: loadedSnapshot.snapshot, config: loaded.config, runId: request.planRunId });
  const snapshot = await withAuditFacts({ store: deps.store, snapshot: planned, config: loaded.config });
  const verdict = await evaluate({ snapshot, config: loaded.config, extendsPaths: loaded.extendsPaths });
  signal.throwIfAborted();
  const recorded = await recordDecision(deps.store, verdict, snapshot, request.deliveryId);
  signal.throwIfAborted();
  await publishVerdict({ target: { ...target(request, state), signal }, verdict, config: loaded.config, onSideEffectError: (what, error) => request.log.warn({ err: error, deliveryId: request.deliveryId }, `${what} failed`) });
  deps.onVerdict?.(verdict, { repository: `${owner}/${repo}`, durationMs: Date.now() - started, pullNumber });
  if (recorded && !verdict.gate.wouldBlock) await deps.onOpened?.(recorded).catch((error: unknown) => request.log.warn({ err: error }, "approval latency not recorded"));
  request.log.info({ deliveryId: request.deliveryId, pr: `${owner}/${repo}#${pullNumber}`, conclusion: verdict.gate.conclusion, destructiveness: verdict.destructiveness.score, blastRadius: verdict.blastRadius.score, agent: verdict.agent.name }, "evaluated");
  return verdict;
}

/**
 * Appends the decision (and the approvals that counted) to the audit trail before anything is published.
 * An identical decision on the same head SHA is recorded once. If the trail cannot be written this throws,
 * and the caller fails the check: a decision that is not recorded does not open the gate.
 */
async function recordDecision(store: AuditStore, verdict: Verdict, snapshot: PullRequestSnapshot, deliveryId: string): Promise<EvaluationEvent | null> {
  const pr = `${snapshot.repository}#${snapshot.pullRequest.number}`;
  const digest = createHash("sha256")
    .update(JSON.stringify([snapshot.pullRequest.headSha, verdict.gate, verdict.labels, verdict.destructiveness.score, verdict.blastRadius.score, verdict.planDigest ?? null]))
    .digest("hex");
  try {
    const event = toEvaluationEvent({ verdict, snapshot, deliveryId });
    const appended = await store.append(event, { dedupeKey: `evaluation:${pr}:${digest}` });
    for (const approval of toApprovalEvents({ verdict, snapshot, deliveryId })) {
      await store.append(approval, { dedupeKey: `approval:${pr}:${approval.login}@${approval.commitId}` });
    }
    return appended.duplicate ? null : event;
  } catch (error) {
    throw new Error(`audit trail unavailable, so the gate stays closed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

async function publishConfigError(request: EvaluationRequest, state: EvaluationState, diagnostics: Verdict["diagnostics"]): Promise<Verdict> {
  const verdict = failureVerdict({ summary: `Blocked: ${formatConfigDiagnostics(diagnostics).split("\n")[0] ?? "invalid config"} Fix the file on the default branch; the gate stays closed until then.`, missing: formatConfigDiagnostics(diagnostics).split("\n").slice(1), diagnostics });
  await publishCheck(target(request, await ensureHead(request, state)), verdict);
  return verdict;
}

async function failClosed(request: EvaluationRequest, state: EvaluationState, error: unknown): Promise<Verdict> {
  const what = error instanceof Error ? error.message : String(error);
  request.log.error({ err: error, deliveryId: request.deliveryId }, "evaluation failed; failing the check closed");
  const verdict = failureVerdict({
    summary: `Could not evaluate this pull request, so the gate stays closed. ${what.slice(0, 1_000)}`,
    missing: [`a successful evaluation: re-run the check, push a commit or comment \`/airlock recheck\` (delivery ${request.deliveryId})`],
  });
  await publishCheck(target(request, await ensureHead(request, state)), verdict);
  return verdict;
}

async function ensureHead(request: EvaluationRequest, state: EvaluationState): Promise<EvaluationState> {
  if (state.headSha) return state;
  const response = await request.octokit
    .request("GET /repos/{owner}/{repo}/pulls/{pull_number}", { owner: request.owner, repo: request.repo, pull_number: request.pullNumber })
    .catch((error: unknown) => {
      throw toGitHubError(error, { action: "get pull request", endpoint: "GET /repos/{owner}/{repo}/pulls/{pull_number}" });
    });
  const sha = (response.data as { head?: { sha?: unknown } }).head?.sha;
  if (typeof sha !== "string") throw new Error(`read pull request: no head SHA for ${request.owner}/${request.repo}#${request.pullNumber}`);
  return { ...state, headSha: sha };
}

function target(request: EvaluationRequest, state: EvaluationState): PublishTarget {
  if (!state.headSha) throw new Error("publish check run: head SHA unknown");
  return {
    client: request.octokit,
    owner: request.owner,
    repo: request.repo,
    pullNumber: request.pullNumber,
    headSha: state.headSha,
    currentLabels: state.labels,
    labelsFromPayload: state.labelsFromPayload,
    justOpened: request.justOpened,
    deliveryId: request.deliveryId,
    appSlug: request.appSlug,
    memory: request.memory,
  };
}

export type { AirlockConfig };
