import type { AirlockConfig } from "../config/index.js";
import { parseDuration } from "../config/index.js";
import type { AuditStore } from "../audit/index.js";
import type { EvaluationEvent, MergeEvent, OverrideEvent } from "../model/audit-event.js";
import type { PullRequestSnapshot } from "../model/snapshot.js";

const DAY = 86_400_000;

/**
 * `withAuditFacts` adds to a snapshot what only the audit trail knows: break-glass overrides recorded for this
 * PR, the plan digest last recorded for each earlier head SHA (plan-bound approvals), and the agent merges of
 * the repository within the longest velocity window (velocity limits). Three indexed queries, none of which
 * reads the PR's whole history: overrides of the PR, the newest evaluation with a plan digest per head SHA,
 * and the repository's merges since the window start.
 */
export async function withAuditFacts(params: { store: AuditStore; snapshot: PullRequestSnapshot; config: AirlockConfig }): Promise<PullRequestSnapshot> {
  const { store, snapshot } = params;
  const since = new Date(Date.parse(snapshot.now) - longestWindow(params.config)).toISOString();
  const pull = { repository: snapshot.repository, pullNumber: snapshot.pullRequest.number };
  const [recordedOverrides, planned, merges] = await Promise.all([
    store.list({ ...pull, kinds: ["override"] }),
    store.list({ ...pull, kinds: ["evaluation"], withPlanDigest: true, latestPerHead: true }),
    store.list({ repository: snapshot.repository, kinds: ["merge"], since }),
  ]);
  const overrides = recordedOverrides.map((r) => r.event).filter((e): e is OverrideEvent => e.kind === "override");
  const planDigests: Record<string, string> = {};
  for (const r of planned) {
    const e = r.event as EvaluationEvent;
    if (e.kind === "evaluation" && e.planDigest) planDigests[e.headSha] = e.planDigest;
  }
  const history = merges
    .map((r) => r.event as MergeEvent)
    .filter((e) => e.agent !== null)
    .map((e) => ({ mergedAt: e.at, agent: e.agent as string, environments: e.environments, destroyed: e.destroyed }));
  return {
    ...snapshot,
    overrides: overrides.map((o) => ({ headSha: o.headSha, login: o.login, reason: o.reason, at: o.at })),
    planDigests,
    history,
  };
}

function longestWindow(config: AirlockConfig): number {
  const windows = [config.velocity.window, ...Object.values(config.velocity.environments ?? {}).map((v) => v?.window), ...Object.values(config.velocity.agents ?? {}).map((v) => v?.window)];
  const ms = windows.map((w) => (typeof w === "string" ? parseDuration(w) : undefined)).filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  return Math.max(DAY, ...ms);
}
