import type { ApprovalsConfig, ApprovalsOverride } from "./schema-approvals.js";

/**
 * `mergeApprovals` applies an environment's `approvals` override to the top-level policy: `byTier` and
 * `teams` tier by tier, every other key replaced when the override sets it. Inputs are not mutated.
 */
export function mergeApprovals(base: ApprovalsConfig, override: ApprovalsOverride | undefined): ApprovalsConfig {
  if (override === undefined) return base;
  const { byTier, teams, ...flags } = override;
  return {
    ...base,
    ...definedOnly(flags),
    byTier: { ...base.byTier, ...definedOnly(byTier ?? {}) },
    teams: { ...base.teams, ...definedOnly(teams ?? {}) },
  };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
