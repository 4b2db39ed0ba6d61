import type { RiskProfile } from "../risk-catalogue/index.js";
import { configAddressOf } from "../../model/dependency-graph.js";
import { isDestroying, type ConfigChange, type ResourceChange } from "../../model/resource-change.js";
import type { ScoreReason } from "../../model/score.js";
import { destroyClassOf } from "./destroy-class.js";
import { destroyedPrefixes, resourceTypeOfAddress } from "./module-prefixes.js";
import { asNumber } from "./read-attribute.js";
import type { ScoringWeights } from "./scoring-weights.js";

const STATIC_NOTE = " (static diff: no plan)";

/**
 * `configDestroyReasons` scores configuration changes that destroy resources a plan did not list: a removed
 * module call (an unknown number of resources) and a lower `count` or removed `for_each` keys (handled as that
 * many deletes of the resource's type). Skipped when planned deletes already cover the same address.
 */
export function configDestroyReasons(params: {
  configChanges: readonly ConfigChange[];
  changes: readonly ResourceChange[];
  weights: ScoringWeights;
  lookup: (type: string) => RiskProfile;
}): ScoreReason[] {
  const candidates = params.configChanges.filter((c) => c.source !== "plan" && (c.kind === "module-removed" || c.kind === "count" || c.kind === "for-each"));
  if (candidates.length === 0) return [];
  const covered = destroyedPrefixes(params.changes, (c) => !c.drift && isDestroying(c));
  const reasons: ScoreReason[] = [];
  for (const change of candidates) {
    if (covered.has(`${change.root}#${configAddressOf(change.address)}`)) continue;
    const reason = change.kind === "module-removed" ? moduleRemovedReason(change, params.weights) : repetitionReason(change, params.weights, params.lookup);
    if (reason !== undefined) reasons.push(reason);
  }
  return reasons;
}

function moduleRemovedReason(change: ConfigChange, weights: ScoringWeights): ScoreReason {
  return {
    rule: "destroy.module-removed",
    address: change.address,
    message: `${change.address} was removed: every resource it manages will be destroyed, and without a plan Airlock cannot tell how many or what they hold${STATIC_NOTE}. Run a plan to see them; if the module was renamed or moved, add \`moved\` blocks instead.`,
    points: Math.round(weights.destroy.moduleRemoved * weights.certainty.likely),
  };
}

function repetitionReason(change: ConfigChange, weights: ScoringWeights, lookup: (type: string) => RiskProfile): ScoreReason | undefined {
  const type = resourceTypeOfAddress(change.address);
  if (type === undefined) return undefined;
  const removed = change.kind === "count" ? countDecrease(change.before, change.after) : removedKeys(change.before, change.after);
  if (removed === 0) return undefined;
  const cls = destroyClassOf(lookup(type));
  const what = change.kind === "count" ? "its count goes down" : "for_each keys are removed";
  if (removed === undefined) {
    return {
      rule: cls.rule,
      address: change.address,
      message: `${change.address} (${cls.noun}): ${what}, but the static diff cannot tell by how much, so some instances may be destroyed and ${cls.loss}${STATIC_NOTE}. Run a plan to see which instances go.`,
      points: Math.round(weights.destroy[cls.weight] * weights.certainty.possible),
    };
  }
  const points = Math.min(weights.limits.summaryMaxPoints, removed * weights.destroy[cls.weight] * weights.certainty.likely);
  return {
    rule: cls.rule,
    address: change.address,
    message: `${change.address} (${cls.noun}): ${what}, so ${removed} instance${removed === 1 ? "" : "s"} will be destroyed and ${cls.loss}${STATIC_NOTE}. If the instances were renamed, add \`moved\` blocks; otherwise have a human confirm.`,
    points: Math.round(points),
  };
}

/** Instances lost when count goes from `before` to `after`; undefined when either side is not a literal number. */
function countDecrease(before: unknown, after: unknown): number | undefined {
  const was = before === undefined || before === null ? 1 : asNumber(before);
  const now = after === undefined || after === null ? 1 : asNumber(after);
  if (was === undefined || now === undefined) return undefined;
  return Math.max(0, was - now);
}

/** for_each keys present before and gone after; undefined when either side is an expression. */
function removedKeys(before: unknown, after: unknown): number | undefined {
  const was = keysOf(before);
  const now = after === undefined || after === null ? new Set<string>() : keysOf(after);
  if (was === undefined || now === undefined) return undefined;
  let removed = 0;
  for (const key of was) if (!now.has(key)) removed += 1;
  return removed;
}

function keysOf(value: unknown): Set<string> | undefined {
  if (Array.isArray(value)) return new Set(value.map(String));
  if (typeof value === "object" && value !== null) return new Set(Object.keys(value));
  return undefined;
}
