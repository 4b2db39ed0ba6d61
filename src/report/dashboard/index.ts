export type { AgentRow, BlockedRow, DailyBucket, DashboardSummary, DecisionCounts, LatencyStats, OverrideRow, WindowCounts } from "./dashboard-summary.js";
export { findGateOpenings, type GateOpening } from "./gate-openings.js";
export { isInfraEvaluation } from "./is-infra-evaluation.js";
export { renderDashboard } from "./render-dashboard.js";
export { summarizeAudit, type SummaryOptions } from "./summarize-audit.js";
export { timeline, type TimedEvent } from "./timeline.js";
export { escapeHtml } from "./escape-html.js";
export { utcDays, type UtcDays } from "./utc-days.js";
