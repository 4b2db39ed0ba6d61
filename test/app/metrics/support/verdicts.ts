import type { MeteredVerdict } from "../../../../src/app/metrics/create-metrics.js";
import type { Tier } from "../../../../src/model/score.js";
import type { GateConclusion } from "../../../../src/model/verdict.js";

/** `verdict` builds the metered part of a verdict: an infra PR by copilot, blocked, high/medium tiers, unless told otherwise. */
export function verdict(spec: { agent?: string | null; infra?: boolean; conclusion?: GateConclusion; mode?: "enforce" | "shadow"; wouldBlock?: boolean; destructiveness?: Tier; blastRadius?: Tier } = {}): MeteredVerdict {
  const agent = spec.agent === undefined ? "copilot" : spec.agent;
  const conclusion = spec.conclusion ?? "action_required";
  return {
    agent: { isAgent: agent !== null, name: agent, confidence: agent === null ? "none" : "verified", requester: null, evidence: [] },
    infra: { touched: spec.infra ?? true, kinds: ["terraform"], files: ["main.tf"], environments: [] },
    gate: { conclusion, requiredApprovals: 1, approvedBy: [], ignoredReviews: [], summary: "", missing: [], mode: spec.mode ?? "enforce", wouldBlock: spec.wouldBlock ?? conclusion !== "success" },
    destructiveness: { score: 60, tier: spec.destructiveness ?? "high", reasons: [] },
    blastRadius: { score: 30, tier: spec.blastRadius ?? "medium", reasons: [] },
  };
}
