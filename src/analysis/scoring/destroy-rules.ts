import type { RiskProfile } from "../risk-catalogue/index.js";
import type { ResourceChange } from "../../model/resource-change.js";
import type { ScoreReason } from "../../model/score.js";
import { scaledPoints, sourceNote } from "./certainty-factor.js";
import { isGuardDown, guardLabel } from "./check-guard.js";
import { destroyClassOf } from "./destroy-class.js";
import { asBoolean, readAttribute } from "./read-attribute.js";
import type { ScoringWeights } from "./scoring-weights.js";

const RETAINED = new Set(["Retain", "RetainExceptOnCreate"]);

/** Why Terraform deletes, from plan `action_reason`, as the end of "X will be destroyed ...". */
const DELETE_WHY: Record<string, string> = {
  delete_because_no_resource_config: " because its block was removed",
  delete_because_count_index: " because its count went down",
  delete_because_each_key: " because its for_each key was removed",
  delete_because_no_module: " because its module call was removed",
  delete_because_wrong_repetition: " because count or for_each was switched on or off",
  delete_because_no_move_target: " because its moved block has no target",
  delete_because_enabled_false: " because enabled is now false",
};

/**
 * `destroyReasons` scores what one resource change loses: a delete or replace by its destroy class, a forget
 * (or CloudFormation orphan) as unmanaged, plus a bonus when a stateful resource goes with its safety net
 * already off. Drift, no-ops, reads, data sources, moves, imports and creates score nothing here.
 */
export function destroyReasons(change: ResourceChange, profile: RiskProfile, weights: ScoringWeights): ScoreReason[] {
  if (change.drift || change.mode === "data") return [];
  if (change.action === "forget") return [forgetReason(change, weights, change.source === "cloudformation" ? "orphan" : "forget")];
  if (change.action === "replace" && change.replacement?.oldObject === "forgotten") return [forgetReason(change, weights, "replace")];
  if (change.action !== "delete" && change.action !== "replace") return [];
  if (isCloudFormationOrphan(change)) return [forgetReason(change, weights, change.action === "delete" ? "orphan" : "replace")];
  if (change.action === "replace" && change.replacement?.order === "create-first" && !profile.stateful) {
    return [createFirstReason(change, weights)];
  }
  const reasons = [destroyReason(change, profile, weights)];
  const unprotected = profile.stateful ? alreadyUnprotectedReason(change, profile, weights) : undefined;
  if (unprotected !== undefined) reasons.push(unprotected);
  return reasons;
}

function destroyReason(change: ResourceChange, profile: RiskProfile, weights: ScoringWeights): ScoreReason {
  const cls = destroyClassOf(profile);
  const note = profile.note === undefined ? "" : `; ${profile.note}`;
  const what = `${change.address} (${cls.noun})`;
  const message =
    change.action === "delete"
      ? `${what} will be destroyed${deleteWhy(change)}: ${cls.loss}${note}${sourceNote(change)}. ${deleteAdvice(change, profile)}${stillProtected(change, profile)}`
      : `${what} will be replaced${replacePaths(change)}: the old object is destroyed ${replaceOrder(change)} and ${cls.loss}${note}${sourceNote(change)}. ${replaceAdvice(change, profile)}`;
  return { rule: cls.rule, address: change.address, message, points: scaledPoints(weights.destroy[cls.weight], change, weights) };
}

function forgetReason(change: ResourceChange, weights: ScoringWeights, kind: "forget" | "orphan" | "replace"): ScoreReason {
  const what =
    kind === "orphan"
      ? `${change.address} leaves the template but its DeletionPolicy keeps it: the ${change.type} is orphaned, not deleted`
      : kind === "replace"
        ? `${change.address} will be replaced and its old object kept, no longer managed`
        : `${change.address} will be removed from state without being destroyed`;
  const message = `${what}; it keeps running but nothing manages it, so later drift goes unnoticed${sourceNote(change)}. Make sure another configuration takes it over, or confirm with a human that leaving it unmanaged is intended.`;
  return { rule: kind === "orphan" ? "forget.orphan" : "forget.unmanaged", address: change.address, message, points: scaledPoints(weights.destroy.forget, change, weights) };
}

function createFirstReason(change: ResourceChange, weights: ScoringWeights): ScoreReason {
  const message = `${change.address} will be replaced, new object first (create_before_destroy)${replacePaths(change)}: little downtime, but its id changes for everything that references it${sourceNote(change)}. Check that the change forcing the replacement is intended.`;
  return { rule: "replace.create-first", address: change.address, message, points: scaledPoints(weights.destroy.replaceCreateFirst, change, weights) };
}

function alreadyUnprotectedReason(change: ResourceChange, profile: RiskProfile, weights: ScoringWeights): ScoreReason | undefined {
  for (const guard of profile.guards) {
    const path = guard[profile.format];
    if (!guard.armsDestroy || path === undefined || !isGuardDown(guard.danger, path, change.before)) continue;
    const message = `${change.address} is destroyed with ${guardLabel(path)} already set: ${guard.meaning}${sourceNote(change)}. Restore the safety net (for example a final snapshot) before any destroy.`;
    return { rule: "destroy.unprotected", address: change.address, message, points: scaledPoints(weights.destroy.alreadyUnprotected, change, weights) };
  }
  return undefined;
}

/** A delete of a resource whose deletion protection is still on fails at apply: say so, it changes what the human must do. */
function stillProtected(change: ResourceChange, profile: RiskProfile): string {
  const on = profile.guards.some((g) => {
    const path = g[profile.format];
    return g.effect === "deletionProtectionOff" && g.danger.kind === "turned-off" && path !== undefined && asBoolean(readAttribute(change.before, path)) === true;
  });
  return on ? " Its deletion protection is still on, so the apply fails until someone turns it off." : "";
}

function isCloudFormationOrphan(change: ResourceChange): boolean {
  if (change.source !== "cloudformation") return false;
  const policy = readAttribute(change.before, [change.action === "delete" ? "DeletionPolicy" : "UpdateReplacePolicy"]);
  return typeof policy === "string" && RETAINED.has(policy);
}

function deleteWhy(change: ResourceChange): string {
  if (change.source === "cloudformation") return " (its logical ID is gone from the template)";
  for (const reason of change.reasons) {
    const why = DELETE_WHY[reason];
    if (why !== undefined) return why;
  }
  return "";
}

function deleteAdvice(change: ResourceChange, profile: RiskProfile): string {
  const keep = profile.stateful ? "take a snapshot or backup and have a human confirm" : "have a human confirm";
  const rename =
    change.source === "cloudformation"
      ? "if it is a rename, keep the logical ID (CDK: overrideLogicalId) or set DeletionPolicy: Retain"
      : "if it is a rename or a refactor, add a `moved` block instead";
  return `If this is intended, ${keep}; ${rename}.`;
}

function replaceAdvice(change: ResourceChange, profile: RiskProfile): string {
  const paths = change.replacement?.paths ?? [];
  const avoid = paths.length > 0 ? "Avoid the change that forces it if you can" : "Find out what forces it and avoid it if you can";
  return profile.stateful ? `${avoid}; otherwise migrate the data first and have a human confirm.` : `${avoid}; otherwise have a human confirm the downtime.`;
}

function replacePaths(change: ResourceChange): string {
  const paths = (change.replacement?.paths ?? []).slice(0, 3).map((p) => p.join("."));
  return paths.length === 0 ? "" : ` (forced by ${paths.join(", ")})`;
}

function replaceOrder(change: ResourceChange): string {
  return change.replacement?.order === "create-first" ? "after its replacement is created" : "before its replacement exists";
}
