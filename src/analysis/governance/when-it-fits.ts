/** Something counted against a limit: how much it weighs and when it leaves the window (`Infinity`: never). */
export interface WindowItem {
  weight: number;
  leavesAt: number;
}

/**
 * `whenItFits` tells when `adding` more will fit under `limit` as the counted items leave the window: the
 * time the deciding item leaves (epoch milliseconds), or null when waiting will not help (`adding` alone is
 * over the limit, or the items that must leave never do). Meant for a count that does not fit now; an item of
 * weight `Infinity` (unknown) must leave before anything fits.
 */
export function whenItFits(params: { items: readonly WindowItem[]; adding: number; limit: number }): number | null {
  const { adding, limit } = params;
  if (!(adding <= limit)) return null;
  const ordered = [...params.items].sort((a, b) => (a.leavesAt === b.leavesAt ? 0 : a.leavesAt < b.leavesAt ? -1 : 1));
  let known = ordered.reduce((sum, item) => (item.weight === Infinity ? sum : sum + item.weight), 0);
  let unknown = ordered.filter((item) => item.weight === Infinity).length;
  for (const item of ordered) {
    if (item.weight === Infinity) unknown -= 1;
    else known -= item.weight;
    if (unknown === 0 && known + adding <= limit) return Number.isFinite(item.leavesAt) ? item.leavesAt : null;
  }
  return null;
}
