import type { ResourceCategory, RiskProfile } from "../risk-catalogue/index.js";
import type { ResourceChange } from "../../model/resource-change.js";
import type { ScoreReason } from "../../model/score.js";
import { certaintyFactor } from "./certainty-factor.js";
import { logPoints } from "./log-points.js";
import type { ScoringWeights } from "./scoring-weights.js";

/** Categories whose change reaches past the resource itself, with what a reviewer should picture. */
const HUB_CATEGORIES: Partial<Record<ResourceCategory, string>> = {
  network: "connectivity of everything attached to them can break",
  identity: "who can access what changes",
  dns: "how clients find services changes",
  encryption: "access to everything they encrypt depends on them",
  organization: "they contain other resources and policies",
  "container-platform": "every workload on the platform depends on them",
  data: "the applications that read and write this data are affected",
};

const EXISTING = new Set(["update", "delete", "replace", "forget"]);
const ALTERS_EXISTING = new Set(["update", "delete", "replace"]);

/** Counts of what a change set touches, gathered in one pass over the changes. */
interface Tally {
  existing: number;
  created: number;
  moved: number;
  firstExisting?: string;
  categories: Map<ResourceCategory, { first: string; count: number; factor: number }>;
}

/**
 * `reachReasons` scores how much a change set touches: existing resources altered, new resources, moves
 * (a state address change only: a point or two, since scripts and remote-state readers may use addresses),
 * and each hub category in which an existing resource is altered.
 */
export function reachReasons(changes: readonly ResourceChange[], weights: ScoringWeights, lookup: (type: string) => RiskProfile): ScoreReason[] {
  const tally = tallyChanges(changes, weights, lookup);
  const reasons: ScoreReason[] = [];
  const { reach } = weights;
  if (tally.existing > 0) {
    reasons.push({
      rule: "reach.existing",
      message: `${tally.existing} existing resource${plural(tally.existing)} will be changed, replaced, destroyed or forgotten (first: ${tally.firstExisting ?? "?"}). The more existing resources change at once, the more can break together: keep agent changes small.`,
      points: logPoints(reach.existing, tally.existing),
    });
  }
  if (tally.created > 0) {
    reasons.push({ rule: "reach.created", message: `${tally.created} new resource${plural(tally.created)} will be created or imported.`, points: logPoints(reach.created, tally.created) });
  }
  if (tally.moved > 0) {
    reasons.push({
      rule: "reach.moved",
      message: `${tally.moved === 1 ? "1 resource only changes" : `${tally.moved} resources only change`} address in state (moved): nothing is destroyed, but scripts or other stacks that use the old address need updating.`,
      points: logPoints(reach.moved, tally.moved),
    });
  }
  for (const [category, seen] of tally.categories) {
    const more = seen.count > 1 ? ` and ${seen.count - 1} more` : "";
    reasons.push({
      rule: `reach.category.${category}`,
      address: seen.first,
      message: `${category} resources change (${seen.first}${more}): ${HUB_CATEGORIES[category] ?? ""}. Have someone who owns the ${category} layer review it.`,
      points: Math.round(reach.hubCategory * seen.factor),
    });
  }
  return reasons;
}

function tallyChanges(changes: readonly ResourceChange[], weights: ScoringWeights, lookup: (type: string) => RiskProfile): Tally {
  const tally: Tally = { existing: 0, created: 0, moved: 0, categories: new Map() };
  // Indexed: no iterator result per change while this code is still unoptimised.
  for (let i = 0; i < changes.length; i += 1) {
    const change = changes[i] as ResourceChange;
    if (change.drift || change.mode === "data") continue;
    if (change.action === "create" || change.action === "import") tally.created += 1;
    else if (change.action === "move") tally.moved += 1;
    else if (EXISTING.has(change.action)) {
      tally.existing += 1;
      tally.firstExisting ??= change.address;
    }
    if (ALTERS_EXISTING.has(change.action)) noteCategory(tally, change, weights, lookup);
  }
  return tally;
}

function noteCategory(tally: Tally, change: ResourceChange, weights: ScoringWeights, lookup: (type: string) => RiskProfile): void {
  const category = lookup(change.type).category;
  if (HUB_CATEGORIES[category] === undefined) return;
  const factor = certaintyFactor(change, weights);
  const seen = tally.categories.get(category);
  if (seen === undefined) tally.categories.set(category, { first: change.address, count: 1, factor });
  else {
    seen.count += 1;
    seen.factor = Math.max(seen.factor, factor);
  }
}

function plural(n: number): string {
  return n === 1 ? "" : "s";
}
