import { tierRank, type Tier } from "../model/score.js";
import type { ApprovalsConfig } from "./schema-approvals.js";
import { TIER_NAMES } from "./schema-primitives.js";

/**
 * `requiredTeams` lists the teams that must each approve a PR of `tier`: those listed at that tier and at
 * every less severe one (a team required at `high` is required at `critical` too), without duplicates.
 */
export function requiredTeams(approvals: Pick<ApprovalsConfig, "teams">, tier: Tier): string[] {
  const teams = TIER_NAMES.filter((t) => tierRank(t) <= tierRank(tier)).flatMap((t) => approvals.teams[t] ?? []);
  return [...new Set(teams)];
}
