import type { AgentRow, BlockedRow, OverrideRow } from "./dashboard-summary.js";
import { escapeHtml } from "./escape-html.js";
import { formatInstant } from "./format-values.js";

/** `renderAgentsTable` renders the top agents as an HTML table (or a "none" note). Values are escaped. */
export function renderAgentsTable(rows: readonly AgentRow[]): string {
  return table("agents", ["Agent", "Infra PRs", "Blocked now", "Overrides"], rows.map((r) => [cell(r.agent), num(r.pullRequests), num(r.blocked), num(r.overrides)]), "No agent-authored infrastructure PRs in this period.");
}

/** `renderOverridesTable` renders recent overrides with who, where and the reason. Values are escaped. */
export function renderOverridesTable(rows: readonly OverrideRow[]): string {
  return table(
    "overrides",
    ["When", "Pull request", "By", "Reason"],
    rows.map((r) => [cell(formatInstant(r.at)), pull(r.repository, r.pullNumber, r.headSha), cell(r.login), `<td class="reason">${escapeHtml(r.reason)}</td>`]),
    "No overrides in this period.",
  );
}

/** `renderBlockedTable` renders PRs blocked by their latest evaluation, with tiers and what is missing. Values are escaped. */
export function renderBlockedTable(rows: readonly BlockedRow[]): string {
  return table(
    "blocked",
    ["When", "Pull request", "Agent", "Check", "Destructive", "Blast radius", "Missing"],
    rows.map((r) => [
      cell(formatInstant(r.at)),
      pull(r.repository, r.pullNumber, r.headSha),
      cell(r.agent ?? "human"),
      cell(r.conclusion),
      `<td><span class="tier tier-${escapeHtml(r.destructiveness)}">${escapeHtml(r.destructiveness)}</span></td>`,
      `<td><span class="tier tier-${escapeHtml(r.blastRadius)}">${escapeHtml(r.blastRadius)}</span></td>`,
      `<td>${r.missing.map((m) => `<div>${escapeHtml(m)}</div>`).join("")}</td>`,
    ]),
    "No blocked pull requests in this period.",
  );
}

function table(id: string, headers: readonly string[], rows: readonly string[][], empty: string): string {
  if (rows.length === 0) return `<p class="none" id="${id}-none">${escapeHtml(empty)}</p>`;
  const head = headers.map((h) => `<th>${escapeHtml(h)}</th>`).join("");
  const body = rows.map((cells) => `<tr>${cells.join("")}</tr>`).join("");
  return `<table id="${id}-table"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function cell(text: string): string {
  return `<td>${escapeHtml(text)}</td>`;
}

function num(value: number): string {
  return `<td class="num">${value}</td>`;
}

function pull(repository: string, pullNumber: number, headSha: string): string {
  return `<td>${escapeHtml(`${repository}#${pullNumber}`)} <code>${escapeHtml(headSha.slice(0, 7))}</code></td>`;
}
