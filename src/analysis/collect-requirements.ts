import type { AirlockConfig } from "../config/index.js";
import { isDestroying, type ResourceChange } from "../model/resource-change.js";
import type { Tier } from "../model/score.js";
import type { PullRequestSnapshot } from "../model/snapshot.js";
import type { InfraKind } from "../model/verdict.js";
import type { GateRequirement } from "./gate/decide-gate.js";
import { freezeRequirements, velocityRequirements } from "./governance/index.js";
import type { SnapshotIngest } from "./ingest-snapshot.js";
import { crossCheckPlan, planRequirement } from "./plans/index.js";

/** Everything the non-approval requirements need. */
export interface RequirementInputs {
  snapshot: PullRequestSnapshot;
  config: AirlockConfig;
  ingest: SnapshotIngest;
  tier: Tier;
  isAgent: boolean;
  agent: string | null;
  environments: readonly { name: string; tier: string }[];
  infraKinds: readonly InfraKind[];
}

/**
 * `collectRequirements` gathers what the gate waits for besides approvals: a trusted plan for the head SHA
 * when the tier or environment needs one, a plan that agrees with the HCL diff (fewer destructive changes
 * than the diff implies blocks), the velocity limits of agent changes, and active freezes.
 */
export function collectRequirements(input: RequirementInputs): GateRequirement[] {
  const { snapshot, config, ingest } = input;
  const names = input.environments.map((e) => e.name);
  const requirements: GateRequirement[] = [];
  const plan = planRequirement({
    config,
    tier: input.tier,
    environments: input.environments,
    infraKinds: input.infraKinds,
    plans: planStatusOf(snapshot),
    changedRoots: ingest.changedRoots,
    headSha: snapshot.pullRequest.headSha,
  });
  if (plan) requirements.push(plan);
  requirements.push(...crossCheckRequirements(ingest));
  if (input.isAgent) {
    const destroyed = ingest.result.changes.filter((c: ResourceChange) => isDestroying(c) && !c.drift).length;
    requirements.push(...velocityRequirements({ velocity: config.velocity, now: snapshot.now, history: snapshot.history ?? [], change: { agent: input.agent, environments: names, destroyed } }));
  }
  requirements.push(...freezeRequirements({ freeze: config.freeze, now: snapshot.now, environments: names }));
  return requirements;
}

function planStatusOf(snapshot: PullRequestSnapshot): { status: "found" | "missing" | "stale" | "failed-run" | "untrusted"; plannedRoots: string[]; headSha?: string; reason?: string } {
  const plannedRoots = (snapshot.plans ?? []).map((p) => p.name);
  if (snapshot.planStatus) return { ...snapshot.planStatus, plannedRoots };
  const heads = (snapshot.plans ?? []).map((p) => p.headSha).filter((h): h is string => typeof h === "string");
  return plannedRoots.length > 0 ? { status: "found", plannedRoots, headSha: heads[0] ?? snapshot.pullRequest.headSha } : { status: "missing", plannedRoots };
}

function crossCheckRequirements(ingest: SnapshotIngest): GateRequirement[] {
  if (ingest.planRoots.length === 0 || ingest.plannedHcl.length === 0) return [];
  const check = crossCheckPlan({ hclChanges: ingest.plannedHcl, planChanges: ingest.planChanges, planRoots: ingest.planRoots });
  return check.findings
    .filter((f) => f.severity === "blocking")
    .map((f) => ({ id: `plan-mismatch:${f.root}:${f.address}`, met: false, missing: f.message, kind: "fail" as const }));
}
