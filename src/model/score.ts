/** Score tiers shared by destructiveness and blast radius. */
export type Tier = "none" | "low" | "medium" | "high" | "critical";

/** Tiers from least to most severe. */
export const TIERS: readonly Tier[] = ["none", "low", "medium", "high", "critical"];

/**
 * One reason behind points of a score. `rule` is a stable id (`delete.stateful`), `address` the resource or
 * file it is about, `message` a sentence a reviewer can read and an agent can act on, `points` its share.
 */
export interface ScoreReason {
  rule: string;
  address?: string;
  message: string;
  points: number;
}

/** A 0–100 score with its tier and the reasons that add up to it (the sum of points, capped at 100). */
export interface Score {
  score: number;
  tier: Tier;
  reasons: ScoreReason[];
}

/** `tierOf` maps a score to its tier: none 0, low 1–24, medium 25–49, high 50–79, critical 80–100. */
export function tierOf(score: number): Tier {
  if (score <= 0) return "none";
  if (score < 25) return "low";
  if (score < 50) return "medium";
  if (score < 80) return "high";
  return "critical";
}

/** `tierRank` orders tiers: none 0 … critical 4. */
export function tierRank(tier: Tier): number {
  return TIERS.indexOf(tier);
}

/** `maxTier` returns the more severe of two tiers. */
export function maxTier(a: Tier, b: Tier): Tier {
  return tierRank(a) >= tierRank(b) ? a : b;
}

/** `scoreFromReasons` sums reason points (each rounded, capped at 100) into a Score; reasons are kept most severe first. */
export function scoreFromReasons(reasons: readonly ScoreReason[]): Score {
  const sorted = [...reasons].sort((a, b) => b.points - a.points);
  const total = sorted.reduce((sum, r) => sum + r.points, 0);
  const score = Math.max(0, Math.min(100, Math.round(total)));
  return { score, tier: tierOf(score), reasons: sorted };
}
