import type { AirlockConfig } from "../config/index.js";
import type { Tier } from "../model/score.js";

/**
 * `gateScope` tells whether the gate applies to a PR and why, in words for the check summary:
 * agent PRs (or every PR with `gate: all`) that touch infrastructure or governance files are gated.
 */
export function gateScope(params: { config: Pick<AirlockConfig, "gate">; isAgent: boolean; infraTouched: boolean; tamper: boolean; tier: Tier; autonomous: string | null }): { gated: boolean; why: string } {
  if (params.tamper) return { gated: true, why: "an agent changed governance files (critical)" };
  if (!params.isAgent && params.config.gate === "agents") return { gated: false, why: "the PR is not agent-authored" };
  if (!params.infraTouched) return { gated: false, why: "the PR touches no infrastructure" };
  const who = params.isAgent ? "agent-authored" : "a";
  if (params.autonomous !== null) return { gated: true, why: `${who} ${params.tier}-risk change to the autonomous environment ${params.autonomous}` };
  return { gated: true, why: `${who} infrastructure change of ${params.tier} risk` };
}
