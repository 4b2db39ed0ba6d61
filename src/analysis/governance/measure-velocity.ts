import { parseDuration } from "../../config/index.js";
import type { HistoryEntry } from "../../model/snapshot.js";
import { parseInstant } from "./parse-instant.js";
import { readCount } from "./read-count.js";
import { readHistory, type CountedMerge } from "./read-history.js";
import { velocityScopes, type ScopeLimits, type VelocityConfig, type VelocityScope } from "./velocity-scopes.js";
import { whenItFits, type WindowItem } from "./when-it-fits.js";

/** The change a velocity limit is checked for: its agent (null when none is known), environments and deletes. */
export interface VelocityChange {
  agent: string | null;
  environments: readonly string[];
  /** Resources the change deletes or replaces. */
  destroyed: number;
}

/** Inputs of `measureVelocity` and `velocityRequirements`. */
export interface VelocityParams {
  velocity: VelocityConfig;
  /** The evaluation time, ISO 8601 with a zone; the window is the span of `window` ending at it. */
  now: string;
  /** Past agent infrastructure merges from the audit trail. */
  history: readonly HistoryEntry[];
  change: VelocityChange;
}

/** One limit measured against the window: what is used, what the change adds, and when it would fit. */
export interface VelocityMeasure {
  scope: VelocityScope;
  metric: "merges" | "destroyed";
  window: string;
  limit: number;
  /** Merges, or resources destroyed, counted in the window (`Infinity` when a recorded count is unknown). */
  used: number;
  /** Counted merges with an unreadable field, or counted only because their agent or environment is unknown. */
  uncertain: number;
  /** What the change adds: 1 merge, or the resources it destroys. */
  adding: number;
  /** True when `used + adding` is over `limit`. */
  exceeded: boolean;
  /** When exceeded: the time (epoch milliseconds) the change would fit, or null when waiting will not help. */
  freeAt: number | null;
}

/** A velocity limit that could not be checked (unreadable `now` or window): the gate must stay closed. */
export interface VelocityProblem {
  id: string;
  message: string;
}

/**
 * `measureVelocity` measures every limit that applies to a change (see `velocityScopes`) over the rolling
 * window ending at `now`: merges counted in the window are those after `now - window` (a merge leaves the
 * window exactly `window` after it merged; one dated after `now` counts). It fails closed: a merge whose date
 * cannot be read counts and never leaves, one whose agent or environment is unknown or absent counts for
 * every agent or environment, and an unreadable destroyed count is unknown, which is over any limit.
 * Scopes without limits (`~`) are left out.
 */
export function measureVelocity(params: VelocityParams): { measures: VelocityMeasure[]; problems: VelocityProblem[] } {
  const limited = velocityScopes(params).filter((s) => s.maxMerges !== null || s.maxDestroyed !== null);
  if (limited.length === 0) return { measures: [], problems: [] };
  const now = parseInstant(params.now);
  if (now === undefined) return { measures: [], problems: [{ id: "velocity:now", message: `velocity limits cannot be checked: the evaluation time ${JSON.stringify(params.now)} is not an ISO 8601 date and time with a zone` }] };
  const merges = readHistory(params.history);
  const measures: VelocityMeasure[] = [];
  const problems: VelocityProblem[] = [];
  for (const limits of limited) {
    const windowMs = parseDuration(limits.window);
    if (windowMs === undefined) {
      problems.push({ id: `${scopeId(limits.scope)}:window`, message: `velocity limits cannot be checked: the window ${JSON.stringify(limits.window)} is not a duration like 24h` });
      continue;
    }
    const counted = merges.filter((m) => inScope(m, limits.scope) && (m.at === null || m.at > now - windowMs));
    const leavesAt = (m: CountedMerge): number => (m.at === null ? Infinity : m.at + windowMs);
    const uncertain = counted.filter((m) => m.unreadable || widened(m, limits.scope)).length;
    const base = { scope: limits.scope, window: limits.window, uncertain };
    if (limits.maxMerges !== null) measures.push(measure({ ...base, metric: "merges", limit: limits.maxMerges, adding: 1 }, counted.map((m) => ({ weight: 1, leavesAt: leavesAt(m) }))));
    if (limits.maxDestroyed !== null) measures.push(measure({ ...base, metric: "destroyed", limit: limits.maxDestroyed, adding: readCount(params.change.destroyed) }, counted.map((m) => ({ weight: m.destroyed, leavesAt: leavesAt(m) }))));
  }
  return { measures, problems };
}

/** The stable id prefix of a scope's requirements: `velocity:repository`, `velocity:environment:production`, `velocity:agent:copilot`. */
export function scopeId(scope: VelocityScope): string {
  return scope.kind === "repository" ? "velocity:repository" : `velocity:${scope.kind}:${scope.name}`;
}

function measure(base: Omit<VelocityMeasure, "used" | "exceeded" | "freeAt">, items: WindowItem[]): VelocityMeasure {
  const used = items.reduce((sum, item) => sum + item.weight, 0);
  const exceeded = !(used + base.adding <= base.limit);
  return { ...base, used, exceeded, freeAt: exceeded ? whenItFits({ items, adding: base.adding, limit: base.limit }) : null };
}

function inScope(merge: CountedMerge, scope: ScopeLimits["scope"]): boolean {
  if (scope.kind === "repository") return true;
  if (scope.kind === "agent") return merge.agent === null || merge.agent === scope.name.toLowerCase();
  return merge.environments === null || merge.environments.some((e) => e.toLowerCase() === scope.name.toLowerCase());
}

function widened(merge: CountedMerge, scope: VelocityScope): boolean {
  return (scope.kind === "agent" && merge.agent === null) || (scope.kind === "environment" && merge.environments === null);
}
