import type { DashboardSummary } from "./dashboard-summary.js";
import { DASHBOARD_STYLES } from "./dashboard-styles.js";
import { escapeHtml } from "./escape-html.js";
import { formatDuration, formatInstant, formatShare } from "./format-values.js";
import { renderAgentsTable, renderBlockedTable, renderOverridesTable } from "./render-tables.js";
import { svgBarChart } from "./svg-bar-chart.js";
import { svgLineChart } from "./svg-line-chart.js";

/**
 * `renderDashboard` renders the summary as one self-contained HTML page: inline CSS, charts drawn as
 * inline SVG, no script and no external resource. Every value from the summary is HTML-escaped, so text
 * from the audit trail (override reasons, repository names, logins) can never become markup.
 */
export function renderDashboard(summary: DashboardSummary): string {
  const dates = summary.daily.map((d) => d.date);
  const { totals } = summary;
  const tiles = [
    tile("agent-share", "agent share of infra PRs", formatShare(totals.agentShare)),
    tile("infra-prs", "infra PRs", String(totals.infraPullRequests)),
    tile("blocked", "blocked", String(totals.decisions.blocked)),
    tile("approved", "approved", String(totals.decisions.approved)),
    tile("overrides", "overrides", String(totals.overrides)),
    tile("approval-median", "median time to approval", formatDuration(totals.timeToApproval.medianSeconds)),
    tile("approval-p90", "p90 time to approval", formatDuration(totals.timeToApproval.p90Seconds)),
  ].join("");
  const share = svgBarChart({ id: "chart-share", label: "Infrastructure PRs per day, agent vs human", dates, series: [
    { key: "agent", name: "agent", values: summary.daily.map((d) => d.agentPullRequests) },
    { key: "human", name: "human", values: summary.daily.map((d) => d.infraPullRequests - d.agentPullRequests) },
  ] });
  const decisions = svgBarChart({ id: "chart-decisions", label: "Decisions per day by outcome", dates, series: [
    { key: "blocked", name: "blocked", values: summary.daily.map((d) => d.decisions.blocked) },
    { key: "overridden", name: "overridden", values: summary.daily.map((d) => d.decisions.overridden) },
    { key: "approved", name: "approved", values: summary.daily.map((d) => d.decisions.approved) },
    { key: "shadowed", name: "shadow (would block)", values: summary.daily.map((d) => d.decisions.shadowed) },
    { key: "passed", name: "passed (nothing required)", values: summary.daily.map((d) => d.decisions.passed) },
  ] });
  const overrides = svgBarChart({ id: "chart-overrides", label: "Overrides per day", dates, series: [
    { key: "overrides", name: "overrides", values: summary.daily.map((d) => d.overrides) },
  ] });
  const hours = (s: number | null) => (s === null ? null : s / 3600);
  const latency = svgLineChart({ id: "chart-approval", label: "Time to approval per day, median and p90", dates, format: (h) => formatDuration(h * 3600), series: [
    { key: "median", name: "median", values: summary.daily.map((d) => hours(d.timeToApproval.medianSeconds)) },
    { key: "p90", name: "p90", values: summary.daily.map((d) => hours(d.timeToApproval.p90Seconds)) },
  ] });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer"><title>Airlock dashboard</title><style>${DASHBOARD_STYLES}</style></head>
<body><header><h1>Airlock</h1><p>Last ${summary.days} days (UTC), from ${escapeHtml(formatInstant(summary.from))} to ${escapeHtml(formatInstant(summary.generatedAt))}</p></header>
<main>
<section class="wide"><div class="tiles">${tiles}</div></section>
${panel("Agent share of infrastructure PRs", `${share}${legend([["agent", "agent"], ["human", "human"]])}`)}
${panel("Decisions: blocked vs approved", `${decisions}${legend([["blocked", "blocked"], ["override", "overridden"], ["approved", "approved"], ["shadowed", "shadow (would block)"], ["passed", "passed (nothing required)"]])}`)}
${panel("Overrides", `${overrides}${legend([["override", "overrides"]])}`)}
${panel("Time to approval", `${latency}${legend([["median", "median"], ["p90", "p90"]])}`)}
${panel("Top agents", renderAgentsTable(summary.topAgents))}
${panel("Recent overrides", renderOverridesTable(summary.recentOverrides))}
${panel("Recently blocked pull requests", renderBlockedTable(summary.recentBlocked), true)}
</main></body></html>
`;
}

function tile(id: string, name: string, value: string): string {
  return `<div class="tile" id="tile-${id}"><div class="value">${escapeHtml(value)}</div><div class="name">${escapeHtml(name)}</div></div>`;
}

function panel(title: string, body: string, wide = false): string {
  return `<section${wide ? ' class="wide"' : ""}><h2>${escapeHtml(title)}</h2>${body}</section>`;
}

function legend(items: readonly [colour: string, name: string][]): string {
  return `<div class="legend">${items.map(([colour, name]) => `<span><i style="background: var(--${colour})"></i>${escapeHtml(name)}</span>`).join("")}</div>`;
}
