import { createHash } from "node:crypto";
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
  /** Where the check run and comment ids are remembered between evaluations (the audit store's state). */
  memory?: { getState(key: string): Promise<string | null>; setState(key: string, value: string): Promise<void> };
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
    sideEffects.push(["upsert comment", () => publishComment(target, renderComment(verdict, { diagram: config.comment.diagram }))]);
  }
  const results = await Promise.allSettled(sideEffects.map(([, run]) => run()));
  results.forEach((r, i) => {
    if (r.status === "rejected") params.onSideEffectError(sideEffects[i]![0], r.reason);
  });
}

/**
 * Upserts the sticky comment, skipping GitHub entirely when the body is the one last published (remembered by
 * digest), and updating the remembered comment directly otherwise.
 */
async function publishComment(target: PublishTarget, body: string): Promise<void> {
  const key = `comment:${target.owner}/${target.repo}#${target.pullNumber}`;
  const digest = createHash("sha256").update(body).digest("hex");
  const remembered = (await target.memory?.getState(key).catch(() => null)) ?? null;
  const [knownId, knownDigest] = remembered?.split(":") ?? [];
  if (knownDigest === digest) return;
  const id = await upsertStickyComment({ client: target.client, owner: target.owner, repo: target.repo, issueNumber: target.pullNumber, marker: COMMENT_MARKER, body, authorLogin: target.appSlug ? `${target.appSlug}[bot]` : undefined, knownCommentId: knownId ? Number(knownId) : undefined });
  await target.memory?.setState(key, `${id}:${digest}`).catch(() => undefined);
}

/** `publishCheck` upserts the `Airlock` check run for a verdict, updating the run remembered for this head SHA directly. */
export async function publishCheck(target: PublishTarget, verdict: Verdict): Promise<number> {
  const output = renderCheckRun(verdict, { deliveryId: target.deliveryId });
  const key = `check:${target.owner}/${target.repo}@${target.headSha}`;
  const known = (await target.memory?.getState(key).catch(() => null)) ?? null;
  const id = await upsertCheckRun({
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
    knownCheckRunId: known ? Number(known) : undefined,
  });
  if (String(id) !== known) await target.memory?.setState(key, String(id)).catch(() => undefined);
  return id;
}

/** Comment on PRs the gate applies to, and on any PR it blocks; stay quiet on out-of-scope human PRs. */
function shouldComment(verdict: Verdict): boolean {
  return verdict.agent.isAgent || verdict.tamper.detected || verdict.gate.conclusion !== "success" || verdict.gate.wouldBlock;
}
