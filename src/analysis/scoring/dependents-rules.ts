import type { DependencyGraph } from "../../model/dependency-graph.js";
import { isDestroying, type ResourceChange } from "../../model/resource-change.js";
import type { ScoreReason } from "../../model/score.js";
import { scaledPoints, sourceNote } from "./certainty-factor.js";
import { countDependents } from "./count-dependents.js";
import { logPoints } from "./log-points.js";
import type { ScoringWeights } from "./scoring-weights.js";

const ALTERS_EXISTING = new Set(["update", "delete", "replace"]);

/**
 * `dependentReasons` scores how far changed resources reach through the configuration graph: one reason for
 * the union of transitive dependents of every updated, replaced or deleted resource (one walk, counted once),
 * and one per resource for the few destroyed or replaced resources with the most direct dependents, whose id
 * changes under everything that references them.
 */
export function dependentReasons(params: { changes: readonly ResourceChange[]; graph: DependencyGraph; weights: ScoringWeights }): ScoreReason[] {
  const { graph, weights } = params;
  const starts = startNodes(params.changes);
  if (starts.size === 0) return [];
  const reasons: ScoreReason[] = [];
  const union = countDependents(graph, starts.keys());
  if (union.count > 0) {
    reasons.push({
      rule: "reach.dependents",
      message: `${union.count} resource${union.count === 1 ? " in the configuration depends" : "s in the configuration depend"} on the ${starts.size} changed one${starts.size === 1 ? "" : "s"} (through references, depends_on or module inputs)${mostReferenced(starts, graph)}: they can be updated or replaced along with them. Review the dependents too.`,
      points: logPoints(weights.reach.dependents, union.count),
    });
  }
  for (const change of topDestroyed(starts, graph, weights.limits.dependentDetails)) {
    const own = countDependents(graph, [change.node], weights.limits.detailVisits);
    if (own.count === 0) continue;
    const verb = change.action === "delete" ? "destroyed" : "replaced";
    reasons.push({
      rule: "reach.replaced-dependents",
      address: change.address,
      message: `${change.address} will be ${verb} and ${own.truncated ? "at least " : ""}${own.count} resource${own.count === 1 ? " depends" : "s depend"} on it${sourceNote(change)}: its id changes under them, so they are updated, replaced or broken too. Avoid the ${change.action === "delete" ? "destroy" : "replacement"}, or check every dependent with a human.`,
      points: scaledPoints(logPoints(weights.reach.replacedDependents, own.count), change, weights),
    });
  }
  return reasons;
}

function startNodes(changes: readonly ResourceChange[]): Map<string, ResourceChange> {
  const starts = new Map<string, ResourceChange>();
  for (let i = 0; i < changes.length; i += 1) {
    const change = changes[i] as ResourceChange;
    if (change.drift || change.mode === "data" || !ALTERS_EXISTING.has(change.action)) continue;
    const known = starts.get(change.node);
    // prefer a destroying change as the node's representative: it is the one whose id changes
    if (known === undefined || (!isDestroying(known) && isDestroying(change))) starts.set(change.node, change);
  }
  return starts;
}

function directCount(graph: DependencyGraph, node: string): number {
  return graph.dependents.get(node)?.length ?? 0;
}

/** The `k` destroying changes with most direct dependents, in one pass (no sort of all changes). */
function topDestroyed(starts: ReadonlyMap<string, ResourceChange>, graph: DependencyGraph, k: number): ResourceChange[] {
  const top: { change: ResourceChange; direct: number }[] = [];
  // forEach, not for…of: no entry array per start node
  starts.forEach((change, node) => {
    if (!isDestroying(change)) return;
    const direct = directCount(graph, node);
    if (direct === 0 || (top.length >= k && direct <= (top[top.length - 1]?.direct ?? 0))) return;
    top.push({ change, direct });
    top.sort((a, b) => b.direct - a.direct);
    if (top.length > k) top.pop();
  });
  return top.map((t) => t.change);
}

function mostReferenced(starts: ReadonlyMap<string, ResourceChange>, graph: DependencyGraph): string {
  let best: ResourceChange | undefined;
  let bestCount = 0;
  starts.forEach((change, node) => {
    const direct = directCount(graph, node);
    if (direct > bestCount) {
      best = change;
      bestCount = direct;
    }
  });
  const found = best as ResourceChange | undefined;
  return found === undefined ? "" : `; the most referenced is ${found.address} (${bestCount} direct)`;
}
