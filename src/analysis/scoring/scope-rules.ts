import type { ConfigChange, ResourceChange } from "../../model/resource-change.js";
import type { ScoreReason } from "../../model/score.js";
import type { ScoringWeights } from "./scoring-weights.js";

/** An environment a change deploys to, with its tier. */
export interface EnvironmentTier {
  name: string;
  tier: "production" | "staging" | "sandbox" | "unknown";
}

const TIER_ADVICE: Record<EnvironmentTier["tier"], string> = {
  production: "mistakes reach real users and data. Have someone who owns production review it",
  staging: "it is shared by the people testing there. Check the change with them",
  sandbox: "mistakes stay contained",
  unknown: "Airlock does not know how critical it is. Name the environment's tier in the Airlock config",
};

/**
 * `environmentReasons` gives one reason per distinct environment tier the change deploys to (when it changes
 * anything at all): production weighs most, an environment of unknown tier a little, since unknown is not safe.
 */
export function environmentReasons(environments: readonly EnvironmentTier[], touched: boolean, weights: ScoringWeights): ScoreReason[] {
  if (!touched) return [];
  const namesByTier = new Map<EnvironmentTier["tier"], string[]>();
  for (const env of environments) {
    const names = namesByTier.get(env.tier);
    if (names === undefined) namesByTier.set(env.tier, [env.name]);
    else if (!names.includes(env.name)) names.push(env.name);
  }
  const reasons: ScoreReason[] = [];
  for (const [tier, names] of namesByTier) {
    const points = weights.reach.environment[tier];
    if (points <= 0) continue;
    const label = tier === "unknown" ? "an environment of unknown tier" : tier;
    reasons.push({
      rule: `environment.${tier}`,
      address: names.join(", "),
      message: `The change deploys to ${label} (${names.join(", ")}): ${TIER_ADVICE[tier]}.`,
      points,
    });
  }
  return reasons;
}

/**
 * `rootsReason` adds points per root module, stack or state file touched beyond the first: each is applied
 * separately, so a change across several can leave them half-applied and out of step.
 */
export function rootsReason(changes: readonly ResourceChange[], configChanges: readonly ConfigChange[], weights: ScoringWeights): ScoreReason[] {
  const roots = new Set<string>();
  // Indexed: no iterator result per change while this code is still unoptimised.
  for (let i = 0; i < changes.length; i += 1) {
    const change = changes[i] as ResourceChange;
    if (!change.drift && change.action !== "no-op" && change.action !== "read") roots.add(change.root);
  }
  for (const change of configChanges) roots.add(change.root);
  if (roots.size <= 1) return [];
  const points = Math.min(weights.reach.extraRootsMax, (roots.size - 1) * weights.reach.extraRoot);
  const names = [...roots].slice(0, 5).join(", ");
  return [{
    rule: "reach.roots",
    message: `The change spans ${roots.size} roots, stacks or state files (${names}${roots.size > 5 ? ", …" : ""}): each is applied on its own and can end up half-applied. Review them together and apply them in a known order.`,
    points,
  }];
}
