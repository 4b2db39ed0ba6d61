import type { AirlockConfig } from "../config/index.js";
import { syncLabels, upsertCheckRun, upsertStickyComment, type GitHubClient } from "../github/index.js";
import type { Verdict } from "../model/verdict.js";
import { renderCheckRun } from "../report/render-check-run.js";
import { COMMENT_MARKER, renderComment } from "../report/render-comment.js";
import { CHECK_NAME } from "./events.js";

/** Where to publish, and what is known about the PR already. */
export interface PublishTarget {
  client: GitHubClient;
  owner: string;
  repo: string;
  pullNumber: number;
  headSha: string;
  currentLabels: readonly string[];
  deliveryId: string;
  appSlug?: string;
}

/**
 * `publishVerdict` makes GitHub show a verdict: first the `Airlock` check run on the head SHA (the gate: it
 * must succeed, so its errors propagate), then Airlock's labels and the sticky summary comment (best-effort:
 * a failure there is logged by the caller and does not change the gate).
 */
export async function publishVerdict(params: { target: PublishTarget; verdict: Verdict; config: AirlockConfig; onSideEffectError: (what: string, error: unknown) => void }): Promise<void> {
  const { target, verdict, config } = params;
  await publishCheck(target, verdict);
  const sideEffects: [string, () => Promise<unknown>][] = [];
  if (config.labels.enabled) {
    sideEffects.push(["sync labels", () => syncLabels({ client: target.client, owner: target.owner, repo: target.repo, issueNumber: target.pullNumber, current: target.currentLabels, desired: verdict.labels, namespace: config.labels.namespace })]);
  }
  if (config.comment.enabled && shouldComment(verdict)) {
    sideEffects.push(["upsert comment", () => upsertStickyComment({ client: target.client, owner: target.owner, repo: target.repo, issueNumber: target.pullNumber, marker: COMMENT_MARKER, body: renderComment(verdict, { diagram: config.comment.diagram }), authorLogin: target.appSlug ? `${target.appSlug}[bot]` : undefined })]);
  }
  const results = await Promise.allSettled(sideEffects.map(([, run]) => run()));
  results.forEach((r, i) => {
    if (r.status === "rejected") params.onSideEffectError(sideEffects[i]![0], r.reason);
  });
}

/** `publishCheck` upserts the `Airlock` check run for a verdict. */
export async function publishCheck(target: PublishTarget, verdict: Verdict): Promise<number> {
  const output = renderCheckRun(verdict, { deliveryId: target.deliveryId });
  return upsertCheckRun({
    client: target.client,
    owner: target.owner,
    repo: target.repo,
    headSha: target.headSha,
    name: CHECK_NAME,
    status: "completed",
    conclusion: output.conclusion,
    title: output.title,
    summary: output.summary,
    text: output.text,
    annotations: output.annotations,
    externalId: `${target.owner}/${target.repo}#${target.pullNumber}`,
  });
}

/** Comment on PRs the gate applies to, and on any PR it blocks; stay quiet on out-of-scope human PRs. */
function shouldComment(verdict: Verdict): boolean {
  return verdict.agent.isAgent || verdict.tamper.detected || verdict.gate.conclusion !== "success" || verdict.gate.wouldBlock;
}
