/**
 * The dashboard's data (also the body of `GET /dashboard.json`): daily buckets over a window of whole UTC
 * days ending with the day of `now`, window totals, the busiest agents and the latest overrides and blocked
 * PRs. Instants are ISO 8601 strings; every text field comes from the audit trail and is untrusted.
 */
export interface DashboardSummary {
  /** `now` as given to `summarizeAudit`. */
  generatedAt: string;
  days: number;
  /** Start of the first bucket (00:00 UTC); records before it only serve to date first evaluations. */
  from: string;
  /** Window totals: PRs and PR heads counted once over the whole window, not summed over days. */
  totals: WindowCounts;
  /** One bucket per UTC day, oldest first; `daily.length === days`. */
  daily: DailyBucket[];
  topAgents: AgentRow[];
  recentOverrides: OverrideRow[];
  recentBlocked: BlockedRow[];
}

/** What one day (or the whole window) holds. */
export interface WindowCounts {
  /** Distinct PRs with an infrastructure evaluation (see `isInfraEvaluation`). */
  infraPullRequests: number;
  /** Of those, PRs whose latest evaluation in the period attributes them to an agent. */
  agentPullRequests: number;
  /** `agentPullRequests / infraPullRequests`, or null when there were none. */
  agentShare: number | null;
  /** Distinct infrastructure PR heads by the outcome of their latest evaluation in the period. */
  decisions: DecisionCounts;
  /** Override events recorded in the period. */
  overrides: number;
  /** Gates opened by approvals in the period (see `findGateOpenings`), and how long they took. */
  timeToApproval: LatencyStats;
}

/** One UTC day. */
export interface DailyBucket extends WindowCounts {
  /** `YYYY-MM-DD` (UTC). */
  date: string;
}

/**
 * Outcomes of a PR head's latest evaluation: `blocked` (check not `success`), `overridden` (success after a
 * break-glass override of that head), `approved` (success once the required approvals were given), `passed`
 * (success, nothing was required), `shadowed` (shadow mode let through a PR enforce mode would block).
 */
export interface DecisionCounts {
  blocked: number;
  overridden: number;
  approved: number;
  passed: number;
  shadowed: number;
}

/** Nearest-rank percentiles of gate-opening latencies in seconds; null when `count` is 0. */
export interface LatencyStats {
  count: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
}

/** An agent's infrastructure PRs in the window, how many are blocked now, and overrides on them. */
export interface AgentRow {
  agent: string;
  pullRequests: number;
  blocked: number;
  overrides: number;
}

/** A break-glass override as recorded; `reason` is free text typed by a human. */
export interface OverrideRow {
  at: string;
  repository: string;
  pullNumber: number;
  headSha: string;
  login: string;
  reason: string;
}

/** A PR whose latest evaluation in the window blocks it, with what is missing (at most three lines). */
export interface BlockedRow {
  at: string;
  repository: string;
  pullNumber: number;
  headSha: string;
  agent: string | null;
  conclusion: "action_required" | "failure";
  destructiveness: string;
  blastRadius: string;
  missing: string[];
}
