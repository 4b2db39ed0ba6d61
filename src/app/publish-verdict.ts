import { createHash } from "node:crypto";
import type { AirlockConfig } from "../config/index.js";
import { syncLabels, upsertCheckRun, upsertStickyComment, type GitHubClient } from "../github/index.js";
import type { Verdict } from "../model/verdict.js";
import { renderCheckRun } from "../report/render-check-run.js";
import { COMMENT_MARKER, renderComment } from "../report/render-comment.js";
import { CHECK_NAME } from "./events.js";
import { readList, stateKeys, writeState, type StateMemory } from "./state-keys.js";

/** Where to publish, and what is known about the PR already. */
export interface PublishTarget {
  client: GitHubClient;
  owner: string;
  repo: string;
  pullNumber: number;
  headSha: string;
  currentLabels: readonly string[];
  /**
   * `currentLabels` come from a webhook payload, so they may predate Airlock's own label writes: the Airlock
   * labels remembered as last applied are treated as present too (removing one that is already gone is harmless).
   */
  labelsFromPayload?: boolean | undefined;
  /** The delivery is `pull_request.opened`: with no remembered comment id, the PR has no sticky comment yet. */
  justOpened?: boolean | undefined;
  deliveryId: string;
  appSlug?: string;
  /** Where the check run and comment ids are remembered between evaluations (the audit store's state). */
  memory?: StateMemory;
  /** Aborted when the evaluation was abandoned (timeout): it must not leave hints that the failure check contradicts. */
  signal?: AbortSignal | undefined;
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
    sideEffects.push(["sync labels", () => publishLabels(target, verdict.labels, config.labels.namespace)]);
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
 * Syncs Airlock's labels and remembers what it applied. A payload's label list can predate Airlock's own last
 * writes, so the labels remembered as applied count as present (a stale one is then removed; a DELETE of a label
 * already gone is ignored). Labels read from the API now are taken as they are. Labels already styled in the
 * repository (at installation, or by an earlier sync) are not styled again.
 */
async function publishLabels(target: PublishTarget, desired: readonly string[], namespace: string): Promise<void> {
  const repo = `${target.owner}/${target.repo}`;
  const appliedKey = stateKeys.appliedLabels(repo, target.pullNumber);
  const stylesKey = stateKeys.styledLabels(repo);
  const [applied, styled] = await Promise.all([readList(target.memory, appliedKey), readList(target.memory, stylesKey)]);
  const current = target.labelsFromPayload ? union(target.currentLabels, applied) : target.currentLabels;
  try {
    const result = await syncLabels({ client: target.client, owner: target.owner, repo: target.repo, issueNumber: target.pullNumber, current, desired, namespace, styled: new Set(styled) });
    await remember(target, appliedKey, JSON.stringify([...desired]));
    if (result.styled.length > 0) await remember(target, stylesKey, JSON.stringify(union(styled, result.styled)));
  } catch (error) {
    // Some labels may have been added before the failure: keep them all in mind, so a later sync removes them.
    await remember(target, appliedKey, JSON.stringify(union(applied, desired)));
    throw error;
  }
}

/**
 * Upserts the sticky comment, skipping GitHub entirely when the body is the one last published (remembered by
 * digest), updating the remembered comment directly otherwise, and creating it without listing the PR's comments
 * when the PR was just opened and no comment is remembered.
 */
async function publishComment(target: PublishTarget, body: string): Promise<void> {
  const key = stateKeys.comment(`${target.owner}/${target.repo}`, target.pullNumber);
  const digest = createHash("sha256").update(body).digest("hex");
  const remembered = (await target.memory?.getState(key).catch(() => null)) ?? null;
  const [knownId, knownDigest] = remembered?.split(":") ?? [];
  if (knownDigest === digest) return;
  const id = await upsertStickyComment({
    client: target.client,
    owner: target.owner,
    repo: target.repo,
    issueNumber: target.pullNumber,
    marker: COMMENT_MARKER,
    body,
    authorLogin: target.appSlug ? `${target.appSlug}[bot]` : undefined,
    knownCommentId: knownId ? Number(knownId) : undefined,
    knownAbsent: target.justOpened === true && !knownId,
  });
  await remember(target, key, `${id}:${digest}`);
}

/**
 * `publishCheck` publishes the `Airlock` check run for a verdict: it updates the run remembered for this head SHA,
 * and creates one without a lookup when none is remembered (a duplicate after a lost memory is cosmetic: GitHub
 * reads the latest run of a name) or when the remembered run is gone (404). It always writes: the memory is a
 * best-effort hint, and skipping a write because of a hint that may be out of date could leave a run standing
 * that no longer matches the verdict. Errors propagate: the check is the gate.
 */
export async function publishCheck(target: PublishTarget, verdict: Verdict): Promise<number> {
  const output = renderCheckRun(verdict, { deliveryId: target.deliveryId });
  const key = stateKeys.checkRun(`${target.owner}/${target.repo}`, target.headSha);
  const remembered = (await target.memory?.getState(key).catch(() => null)) ?? null;
  const knownId = remembered?.split(":")[0];
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
    knownCheckRunId: knownId ? Number(knownId) : undefined,
    lookupExisting: false,
  });
  if (String(id) !== knownId) await remember(target, key, String(id));
  return id;
}

async function remember(target: PublishTarget, key: string, value: string): Promise<void> {
  if (target.signal?.aborted) return;
  await writeState(target.memory, key, value);
}

function union(a: readonly string[], b: readonly string[]): string[] {
  const seen = new Set(a.map((l) => l.toLowerCase()));
  return [...a, ...b.filter((l) => !seen.has(l.toLowerCase()))];
}

/** Comment on PRs the gate applies to, and on any PR it blocks; stay quiet on out-of-scope human PRs. */
function shouldComment(verdict: Verdict): boolean {
  return verdict.agent.isAgent || verdict.tamper.detected || verdict.gate.conclusion !== "success" || verdict.gate.wouldBlock;
}
