import type { ApprovalEvent, EvaluationEvent, MergeEvent } from "../model/audit-event.js";
import type { PullRequestSnapshot } from "../model/snapshot.js";
import type { Verdict } from "../model/verdict.js";

const MAX_DESTROYED = 100;

/** `toEvaluationEvent` is the audit record of one decision: agent and evidence, scores and rules, change counts, decision. */
export function toEvaluationEvent(params: { verdict: Verdict; snapshot: PullRequestSnapshot; deliveryId?: string }): EvaluationEvent {
  const { verdict, snapshot } = params;
  const counts: Record<string, number> = {};
  for (const c of verdict.changes) if (!c.drift) counts[c.action] = (counts[c.action] ?? 0) + 1;
  const destroyed = verdict.changes.filter((c) => !c.drift && (c.action === "delete" || c.action === "replace")).map((c) => `${c.root}:${c.address}`);
  const event: EvaluationEvent = {
    kind: "evaluation",
    at: snapshot.now,
    repository: snapshot.repository,
    pullNumber: snapshot.pullRequest.number,
    headSha: snapshot.pullRequest.headSha,
    agent: { name: verdict.agent.name, isAgent: verdict.agent.isAgent, confidence: verdict.agent.confidence, requester: verdict.agent.requester, evidence: verdict.agent.evidence.slice(0, 20) },
    destructiveness: { score: verdict.destructiveness.score, tier: verdict.destructiveness.tier, rules: [...new Set(verdict.destructiveness.reasons.map((r) => r.rule))] },
    blastRadius: { score: verdict.blastRadius.score, tier: verdict.blastRadius.tier, rules: [...new Set(verdict.blastRadius.reasons.map((r) => r.rule))] },
    changes: { counts, destroyed: destroyed.slice(0, MAX_DESTROYED) },
    environments: verdict.infra.environments,
    infra: { touched: verdict.infra.touched, kinds: verdict.infra.kinds },
    decision: {
      conclusion: verdict.gate.conclusion,
      mode: verdict.gate.mode,
      wouldBlock: verdict.gate.wouldBlock,
      requiredApprovals: verdict.gate.requiredApprovals,
      approvedBy: verdict.gate.approvedBy,
      missing: verdict.gate.missing.slice(0, 50),
    },
  };
  if (params.deliveryId !== undefined) event.deliveryId = params.deliveryId;
  if (verdict.planDigest !== undefined) event.planDigest = verdict.planDigest;
  const artifacts = Object.fromEntries((snapshot.plans ?? []).filter((p) => p.origin?.digest).map((p) => [p.origin?.artifact ?? p.name, p.origin?.digest as string]));
  if (Object.keys(artifacts).length > 0) event.artifacts = artifacts;
  return event;
}

/** `toApprovalEvents` records each approval that counted: who, which commit, when, and their teams at that time. */
export function toApprovalEvents(params: { verdict: Verdict; snapshot: PullRequestSnapshot; deliveryId?: string }): ApprovalEvent[] {
  const { snapshot } = params;
  return params.verdict.gate.approvedBy.flatMap((login) => {
    const review = [...snapshot.reviews].reverse().find((r) => r.user.login === login && r.state === "APPROVED");
    if (!review) return [];
    const teams = Object.entries(snapshot.teams).filter(([, members]) => members.some((m) => m.toLowerCase() === login.toLowerCase())).map(([team]) => team);
    const event: ApprovalEvent = { kind: "approval", at: snapshot.now, repository: snapshot.repository, pullNumber: snapshot.pullRequest.number, headSha: snapshot.pullRequest.headSha, login, commitId: review.commitId, submittedAt: review.submittedAt, teams };
    if (params.deliveryId !== undefined) event.deliveryId = params.deliveryId;
    return [event];
  });
}

/**
 * `toMergeEvent` records a merge with what to roll back to: the merge SHA, the base SHA before it, and a revert
 * command (`-m 1` is needed when the merge created a merge commit; a squash or rebase merge reverts without it).
 */
export function toMergeEvent(params: {
  at: string;
  repository: string;
  pullNumber: number;
  headSha: string;
  mergedBy: string;
  mergeSha: string;
  baseSha: string;
  lastEvaluation: { agent: string | null; environments: string[]; destroyed: number } | null;
  deliveryId?: string;
}): MergeEvent {
  const event: MergeEvent = {
    kind: "merge",
    at: params.at,
    repository: params.repository,
    pullNumber: params.pullNumber,
    headSha: params.headSha,
    mergedBy: params.mergedBy,
    mergeSha: params.mergeSha,
    baseSha: params.baseSha,
    revertCommand: `git revert --no-edit ${params.mergeSha}   # add -m 1 if ${params.mergeSha.slice(0, 7)} is a merge commit; the previous base was ${params.baseSha.slice(0, 7)}`,
    agent: params.lastEvaluation?.agent ?? null,
    environments: params.lastEvaluation?.environments ?? [],
    destroyed: params.lastEvaluation?.destroyed ?? 0,
  };
  if (params.deliveryId !== undefined) event.deliveryId = params.deliveryId;
  return event;
}
