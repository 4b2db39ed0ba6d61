import type { ScoreReason } from "../../model/score.js";

/**
 * `aggregateReasons` keeps at most `reasonsPerRule` reasons per rule (the ones with most points) and folds the
 * rest into one "and N more" reason whose points are their sum, capped at `summaryMaxPoints` (a score tops out
 * at 100, so more points would explain nothing). Rules keep their first-seen order; the list stays bounded
 * by rules × (limit + 1) however many resources change.
 */
export function aggregateReasons(
  reasons: readonly ScoreReason[],
  limits: { reasonsPerRule: number; summaryMaxPoints: number },
): ScoreReason[] {
  const byRule = new Map<string, ScoreReason[]>();
  for (const reason of reasons) {
    const group = byRule.get(reason.rule);
    if (group === undefined) byRule.set(reason.rule, [reason]);
    else group.push(reason);
  }
  const out: ScoreReason[] = [];
  for (const [rule, group] of byRule) {
    if (group.length <= limits.reasonsPerRule) {
      out.push(...group);
      continue;
    }
    const sorted = [...group].sort((a, b) => b.points - a.points);
    const kept = sorted.slice(0, Math.max(0, limits.reasonsPerRule));
    out.push(...kept, summarize(rule, sorted.slice(kept.length), limits.summaryMaxPoints));
  }
  return out;
}

function summarize(rule: string, rest: readonly ScoreReason[], maxPoints: number): ScoreReason {
  const total = rest.reduce((sum, r) => sum + r.points, 0);
  const examples = rest
    .slice(0, 3)
    .map((r) => r.address)
    .filter((a): a is string => a !== undefined);
  const others = rest.length - examples.length;
  const list = examples.length === 0 ? "" : `: ${examples.join(", ")}${others > 0 ? ` and ${others} others` : ""}`;
  return {
    rule,
    message: `…and ${rest.length} more under the same rule (${rule})${list}. Each one needs the same attention as the ones above.`,
    points: Math.min(maxPoints, Math.round(total)),
  };
}
