import { hasErrors } from "../model/diagnostic.js";
import type { IngestResult } from "../model/ingest-result.js";
import { isMutating } from "../model/resource-change.js";
import { maxTier, type Tier } from "../model/score.js";
import type { Verdict } from "../model/verdict.js";
import { decideGate } from "./gate/decide-gate.js";
import { infraKindsOf } from "./infra-kinds-of.js";
import { planLabels, type LabelNames } from "./plan-labels.js";
import { scoreBlastRadius, scoreDestructiveness, type ScoringWeights } from "./scoring/index.js";
import { summarizeChange, summarizeConfigChange } from "./summarize-changes.js";

/** An environment a change set deploys to, with its tier. */
export interface EnvironmentRef {
  name: string;
  tier: "production" | "staging" | "sandbox" | "unknown";
}

/**
 * `evaluateChangeSet` scores a planned change with no pull request around it (what `airlock analyze` and CI
 * see before a PR exists) and reports what the default policy would decide for an agent-authored change:
 * how many human approvals its tier needs, or `failure` when an input could not be read.
 */
export function evaluateChangeSet(params: {
  ingest: IngestResult;
  environments: readonly EnvironmentRef[];
  approvalsByTier: Record<Tier, number>;
  labelNames: LabelNames;
  weights?: ScoringWeights;
  mode?: "enforce" | "shadow";
}): Verdict {
  const { ingest } = params;
  const destructiveness = scoreDestructiveness({ ...ingest, weights: params.weights });
  const blastRadius = scoreBlastRadius({ ...ingest, environments: params.environments, weights: params.weights });
  const tier = maxTier(destructiveness.tier, blastRadius.tier);
  const required = params.approvalsByTier[tier];
  const touched = ingest.changes.some(isMutating) || ingest.configChanges.length > 0 || ingest.roots.length > 0;
  const unreadable = ingest.diagnostics.filter((d) => d.level === "error").map((d) => `${d.file}: ${d.message}`);
  const gate = decideGate({
    mode: params.mode ?? "enforce",
    gated: touched,
    why: touched ? `the change is ${tier} risk and is evaluated as agent-authored` : "no infrastructure changes",
    failures: hasErrors(ingest.diagnostics) ? unreadable : [],
    requirements: [
      {
        id: "approvals",
        met: required === 0,
        missing: `${required} approval${required === 1 ? "" : "s"} from humans with write access (not the agent, not the human who launched it) for a ${tier}-risk change`,
        kind: "wait",
      },
    ],
    requiredApprovals: required,
    approvedBy: [],
    ignoredReviews: [],
  });
  return {
    agent: { isAgent: false, name: null, confidence: "none", requester: null, evidence: [] },
    infra: { touched, kinds: infraKindsOf(ingest.roots), files: [...new Set(ingest.roots.map((r) => r.name))], environments: params.environments.map((e) => e.name) },
    tamper: { detected: false, files: [] },
    changes: ingest.changes.map(summarizeChange),
    configChanges: ingest.configChanges.map(summarizeConfigChange),
    destructiveness,
    blastRadius,
    labels: planLabels({ names: params.labelNames, isAgent: false, infraTouched: touched, destructiveness: destructiveness.tier, blastRadius: blastRadius.tier, tamper: false, overridden: false }),
    gate,
    diagnostics: ingest.diagnostics,
  };
}
