import type { Tier } from "../model/score.js";
import { configError, type ConfigIssue, type PathSegment } from "./config-issue.js";
import { mergeApprovals } from "./merge-approvals.js";
import type { ApprovalsConfig, ApprovalsOverride } from "./schema-approvals.js";
import { TIER_NAMES } from "./schema-primitives.js";
import type { AirlockConfig } from "./schema.js";

/**
 * `checkApprovals` checks the approval counts of the top-level policy and of each environment once merged:
 * counts never decrease as the tier rises, and a tier that requires teams requires at least one approval.
 * An environment is only blamed for what its own override sets.
 */
export function checkApprovals(config: Pick<AirlockConfig, "approvals" | "environments">): ConfigIssue[] {
  const issues = checkPolicy({ policy: config.approvals, at: ["approvals"] });
  config.environments.forEach((env, i) => {
    if (env.approvals === undefined) return;
    const policy = mergeApprovals(config.approvals, env.approvals);
    issues.push(...checkPolicy({ policy, at: ["environments", i, "approvals"], override: env.approvals }));
  });
  return issues;
}

function checkPolicy(params: { policy: ApprovalsConfig; at: PathSegment[]; override?: ApprovalsOverride }): ConfigIssue[] {
  const { policy, at, override } = params;
  const issues: ConfigIssue[] = [];
  const sets = (section: "byTier" | "teams", tier: Tier): boolean => override === undefined || override[section]?.[tier] !== undefined;
  TIER_NAMES.forEach((tier, i) => {
    const lower = TIER_NAMES[i - 1];
    const count = policy.byTier[tier];
    if (lower !== undefined && count < policy.byTier[lower] && (sets("byTier", tier) || sets("byTier", lower))) {
      const blamed = sets("byTier", tier) ? tier : lower;
      const message = `\`${tier}\` requires ${count} approval${count === 1 ? "" : "s"} but \`${lower}\` requires ${policy.byTier[lower]}: counts must not decrease as the tier rises`;
      issues.push(configError("config.approvals-decreasing", [...at, "byTier", blamed], message));
    }
    const teams = policy.teams[tier] ?? [];
    if (teams.length > 0 && count === 0 && (sets("teams", tier) || sets("byTier", tier))) {
      const message = `teams are required at \`${tier}\` but \`byTier.${tier}\` is 0: require at least 1 approval there`;
      const blamed: PathSegment[] = sets("teams", tier) ? [...at, "teams", tier] : [...at, "byTier", tier];
      issues.push(configError("config.teams-without-approvals", blamed, message));
    }
  });
  return issues;
}
