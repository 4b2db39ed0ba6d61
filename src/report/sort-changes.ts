import type { ChangeSummary } from "../model/verdict.js";
import { actionRank } from "./action-symbols.js";

/** `sortChanges` orders changes for display: most destructive action first, then by root and address. */
export function sortChanges(changes: readonly ChangeSummary[]): ChangeSummary[] {
  return [...changes].sort(
    (a, b) =>
      actionRank(a.action) - actionRank(b.action) ||
      a.root.localeCompare(b.root) ||
      a.address.localeCompare(b.address),
  );
}

/** `countByAction` counts changes per action, drift excluded, in display order. */
export function countByAction(changes: readonly ChangeSummary[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const c of changes) {
    if (c.drift) continue;
    counts.set(c.action, (counts.get(c.action) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => actionRank(a[0] as ChangeSummary["action"]) - actionRank(b[0] as ChangeSummary["action"]));
}
