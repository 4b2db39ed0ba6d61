import type { Tier } from "../../model/score.js";
import type { InfraKind } from "../../model/verdict.js";

/** Infrastructure kinds whose changes a Terraform / OpenTofu plan describes (CDKTF synthesizes Terraform). */
export const PLANNABLE_KINDS: readonly InfraKind[] = ["terraform", "opentofu", "cdktf"];

/** The parts of the config that decide whether a plan is required (a structural subset of `AirlockConfig`). */
export interface PlanRequireConfig {
  plans: { workflow: string; require: { tiers: readonly Tier[]; environmentTiers: readonly string[] } };
  environments: readonly { name: string; requirePlan?: boolean }[];
}

/** An environment the change reaches: a configured one, or `unknown` (tier `unknown`) for unmatched files. */
export interface TouchedEnvironment {
  name: string;
  tier: string;
}

/** Whether a plan is required, with a sentence saying why (or why not). */
export interface PlanNeed {
  required: boolean;
  why: string;
}

/**
 * `planRequired` decides whether an agent PR must come with a CI plan:
 * - only changes a Terraform plan describes (`PLANNABLE_KINDS`) can need one;
 * - an environment with `requirePlan: true` always needs one;
 * - an environment with `requirePlan: false` never does, and takes no part in the rules below;
 * - every other environment (including `unknown`, which has no config) lets `plans.require` decide: a plan is
 *   required when the change's tier is in `plans.require.tiers` or the environment's tier is in
 *   `plans.require.environmentTiers`. A change in no environment at all is decided by its tier alone.
 * So `requirePlan: false` exempts a change only when every environment it touches says so.
 */
export function planRequired(params: { config: PlanRequireConfig; tier: Tier; environments: readonly TouchedEnvironment[]; infraKinds: readonly InfraKind[] }): PlanNeed {
  const { config, tier, environments, infraKinds } = params;
  if (!infraKinds.some((kind) => PLANNABLE_KINDS.includes(kind))) {
    return { required: false, why: "it changes no Terraform, OpenTofu or CDKTF code, so there is nothing to plan" };
  }
  const setting = (name: string): boolean | undefined => config.environments.find((e) => e.name === name)?.requirePlan;
  const forced = environments.find((e) => setting(e.name) === true);
  if (forced !== undefined) return { required: true, why: `environment ${forced.name} sets requirePlan: true` };
  const deciding = environments.filter((e) => setting(e.name) === undefined);
  if (environments.length > 0 && deciding.length === 0) {
    return { required: false, why: "every environment it touches sets requirePlan: false" };
  }
  if (config.plans.require.tiers.includes(tier)) {
    return { required: true, why: `its tier is ${tier}, which plans.require.tiers lists` };
  }
  const byTier = deciding.find((e) => config.plans.require.environmentTiers.includes(e.tier));
  if (byTier !== undefined) {
    return { required: true, why: `it touches ${byTier.name} (tier ${byTier.tier}), which plans.require.environmentTiers lists` };
  }
  return { required: false, why: `neither its tier (${tier}) nor the tiers of the environments it touches are in plans.require` };
}
