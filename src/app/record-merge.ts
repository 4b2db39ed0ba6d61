import type { AuditStore } from "../audit/index.js";
import type { EvaluationEvent } from "../model/audit-event.js";
import { toMergeEvent } from "../report/to-audit-events.js";

/** The merged PR, as the `pull_request.closed` payload describes it. */
export interface MergedPullRequest {
  repository: string;
  number: number;
  headSha: string;
  baseSha: string;
  mergeSha: string;
  mergedBy: string;
  mergedAt: string;
}

/**
 * `recordMerge` appends a merge to the audit trail when Airlock evaluated the PR: who merged it, the merge SHA,
 * the base SHA to roll back to and a ready revert command, with the agent, environments and destroyed count of
 * the last evaluation (velocity limits count these). Returns the recorded agent, or undefined when the PR was
 * never evaluated. Idempotent per merge SHA.
 */
export async function recordMerge(params: { store: AuditStore; pr: MergedPullRequest; deliveryId: string }): Promise<{ agent: string | null } | undefined> {
  const { store, pr } = params;
  const evaluations = await store.list({ repository: pr.repository, pullNumber: pr.number, kinds: ["evaluation"] });
  const last = evaluations.map((r) => r.event as EvaluationEvent).filter((e) => e.headSha === pr.headSha).at(-1) ?? (evaluations.at(-1)?.event as EvaluationEvent | undefined);
  if (!last) return undefined;
  const agent = last.agent.isAgent ? last.agent.name : null;
  const destroyed = (last.changes.counts.delete ?? 0) + (last.changes.counts.replace ?? 0);
  const event = toMergeEvent({ at: pr.mergedAt, repository: pr.repository, pullNumber: pr.number, headSha: pr.headSha, mergedBy: pr.mergedBy, mergeSha: pr.mergeSha, baseSha: pr.baseSha, lastEvaluation: { agent, environments: last.environments, destroyed }, deliveryId: params.deliveryId });
  await store.append(event, { dedupeKey: `merge:${pr.repository}#${pr.number}@${pr.mergeSha}` });
  return { agent };
}
