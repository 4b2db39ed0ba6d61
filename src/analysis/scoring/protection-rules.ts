import type { ProtectionAttribute, RiskProfile } from "../risk-catalogue/index.js";
import { isDestroying, type ResourceChange } from "../../model/resource-change.js";
import type { ScoreReason } from "../../model/score.js";
import { scaledPoints, sourceNote } from "./certainty-factor.js";
import { checkGuard, guardLabel } from "./check-guard.js";
import { readAttribute } from "./read-attribute.js";
import type { ScoringWeights } from "./scoring-weights.js";

const COMPARES_SIDES = new Set(["update", "replace", "import"]);

/**
 * `protectionReasons` scores protections one change weakens: a guard attribute turned the dangerous way
 * (only the attributes the catalogue names for the type are read), `prevent_destroy` removed, or a guard
 * resource (lock, lien, versioning) destroyed. A guard set from an expression is reported as unknown.
 */
export function protectionReasons(change: ResourceChange, profile: RiskProfile, weights: ScoringWeights): ScoreReason[] {
  if (change.drift || change.mode === "data" || change.action === "create") return [];
  const reasons: ScoreReason[] = [];
  const preventDestroy = preventDestroyReason(change, weights);
  if (preventDestroy !== undefined) reasons.push(preventDestroy);
  // an import with no prior state changes nothing: its attributes describe what already exists
  if (COMPARES_SIDES.has(change.action) && change.before !== null) {
    for (const guard of profile.guards) {
      const reason = guardReason(change, profile, guard, weights);
      if (reason !== undefined) reasons.push(reason);
    }
  }
  const removedGuard = guardResourceReason(change, profile, weights);
  if (removedGuard !== undefined) reasons.push(removedGuard);
  return reasons;
}

function guardReason(change: ResourceChange, profile: RiskProfile, guard: ProtectionAttribute, weights: ScoringWeights): ScoreReason | undefined {
  const path = guard[profile.format];
  if (path === undefined) return undefined;
  const verdict = checkGuard(guard, path, change);
  if (verdict.kind === "weakened") {
    const checks = guard.checks === undefined ? "" : ` (${guard.checks})`;
    const keep = guard.danger.kind === "turned-off" ? "Keep it on" : guard.danger.kind === "turned-on" ? "Leave it off" : "Keep the previous value";
    return {
      rule: `protection.${guard.id}`,
      address: change.address,
      message: `${guardLabel(path)} ${verdict.transition} on ${change.address}${checks}: ${guard.meaning}${sourceNote(change)}. ${keep} unless a human asked for this.`,
      points: scaledPoints(weights.protection[guard.effect], change, weights),
    };
  }
  if (verdict.kind === "unknown") {
    return {
      rule: "protection.unknown",
      address: change.address,
      message: `${guardLabel(path)} on ${change.address} is set from ${verdict.text}, which Airlock cannot evaluate${sourceNote(change)}: if it turns the protection off, ${guard.meaning}. Check its value in a plan, or use a literal value.`,
      points: scaledPoints(weights.protection.unknownValue, change, weights),
    };
  }
  return undefined;
}

function preventDestroyReason(change: ResourceChange, weights: ScoringWeights): ScoreReason | undefined {
  const before = change.lifecycle?.before?.preventDestroy === true;
  const after = change.lifecycle?.after?.preventDestroy === true;
  if (!before || after) return undefined;
  const consequence = isDestroying(change) ? "this lets the destroy in this change go through" : "this prepares a destroy, which Terraform would have refused";
  return {
    rule: "protection.prevent_destroy",
    address: change.address,
    message: `lifecycle.prevent_destroy is removed from ${change.address}: ${consequence}${sourceNote(change)}. Keep it unless a human asked for the removal.`,
    points: scaledPoints(weights.protection.preventDestroyRemoved, change, weights),
  };
}

function guardResourceReason(change: ResourceChange, profile: RiskProfile, weights: ScoringWeights): ScoreReason | undefined {
  const guard = profile.guardResource;
  if (guard === undefined || guard.effect.kind !== "protection" || !isDestroying(change)) return undefined;
  if (guard.activeWhen !== undefined && !guard.activeWhen.values.includes(readAttribute(change.before, guard.activeWhen.path))) return undefined;
  return {
    rule: "protection.guard-removed",
    address: change.address,
    message: `${change.address} will be destroyed: ${guard.meaning}${sourceNote(change)}. Keep it unless a human asked for the removal.`,
    points: scaledPoints(weights.protection[guard.effect.effect], change, weights),
  };
}
