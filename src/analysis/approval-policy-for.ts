import { mergeApprovals, requiredTeams, type AirlockConfig, type ApprovalsConfig } from "../config/index.js";
import { tierRank, type Tier } from "../model/score.js";
import type { ApprovalPolicy } from "./approvals/approval-requirements.js";

const ENVIRONMENT_RANK = { sandbox: 0, staging: 1, production: 2 } as const;

/** The approval rules that apply to a change, and whether an autonomous sandbox lets it through. */
export interface AppliedPolicy {
  approvals: ApprovalsConfig;
  policy: ApprovalPolicy;
  /** Set when every environment the change reaches lets agents change it alone at this tier. */
  autonomous: string | null;
}

/**
 * `approvalPolicyFor` picks the approvals of the most sensitive environment the change reaches (its
 * overrides merged onto the top-level `approvals`), then the count and teams for the change's tier.
 * A change that reaches only autonomous environments at or below their `maxTier`, with no file outside
 * any environment, needs no approval.
 */
export function approvalPolicyFor(params: {
  config: AirlockConfig;
  tier: Tier;
  environments: readonly { name: string; tier: "production" | "staging" | "sandbox" }[];
  unmatchedFiles: number;
  tamper: boolean;
}): AppliedPolicy {
  const { config, tier } = params;
  const names = new Set(params.environments.map((e) => e.name));
  const configured = config.environments.filter((e) => names.has(e.name)).sort((a, b) => ENVIRONMENT_RANK[b.tier] - ENVIRONMENT_RANK[a.tier]);
  const approvals = mergeApprovals(config.approvals, configured[0]?.approvals);
  const policy: ApprovalPolicy = { count: approvals.byTier[tier], teams: requiredTeams(approvals, tier), codeOwners: approvals.codeOwners };
  const autonomousOk = configured.length > 0 && params.unmatchedFiles === 0 && !params.tamper && configured.every((e) => e.autonomous !== undefined && tierRank(tier) <= tierRank(e.autonomous.maxTier));
  if (!autonomousOk) return { approvals, policy, autonomous: null };
  return { approvals, policy: { count: 0, teams: [], codeOwners: false }, autonomous: configured.map((e) => e.name).join(", ") };
}
