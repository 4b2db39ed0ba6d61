import { configWarning, type ConfigIssue } from "./config-issue.js";
import { TIER_NAMES } from "./schema-primitives.js";
import type { AirlockConfig } from "./schema.js";

/**
 * `configWarnings` points out settings that are valid but probably not meant: an enforcing gate that
 * requires no approval at any tier (it then only holds tamper, freezes, velocity and missing plans).
 */
export function configWarnings(config: Pick<AirlockConfig, "mode" | "approvals">): ConfigIssue[] {
  const counts = TIER_NAMES.map((tier) => config.approvals.byTier[tier]);
  if (config.mode === "enforce" && counts.every((count) => count === 0)) {
    const message = "no tier requires an approval, so agent PRs merge unreviewed unless they tamper, hit a freeze or a limit, or lack a plan";
    return [configWarning("config.no-approvals", ["approvals", "byTier"], message)];
  }
  return [];
}
