import type { Score } from "../model/score.js";
import type { ChangeSummary, Verdict } from "../model/verdict.js";
import { ACTION_MARKERS } from "./action-symbols.js";
import { codeSpan, escapeMarkdown } from "./markdown/escape-markdown.js";
import { limitList, truncateText } from "./markdown/truncate.js";
import { countByAction, sortChanges } from "./sort-changes.js";

/** Options of the markdown renderer. */
export interface MarkdownOptions {
  /** Hard cap on the output length (GitHub allows 65,535 characters in a check summary or comment). */
  maxLength?: number;
  /** Most change rows in the table. */
  maxRows?: number;
}

const CONCLUSION_TITLES = {
  success: "✅ May merge",
  action_required: "⏸️ Waiting for human approval",
  failure: "⛔ Blocked",
} as const;

/**
 * `renderMarkdown` renders a Verdict as GitHub-flavoured markdown: gate, scores, the scored changes as a table,
 * and every reason. Every value that came from the PR or an artifact is escaped or put in a code span, so
 * it cannot inject markup, links or @mentions. The result never exceeds `maxLength`; a cut says so.
 */
export function renderMarkdown(verdict: Verdict, options: MarkdownOptions = {}): string {
  const maxLength = options.maxLength ?? 60_000;
  const parts = [
    gateSection(verdict),
    scoreTable(verdict),
    changesSection(verdict.changes, options.maxRows ?? 50),
    reasonsSection("Destructiveness", verdict.destructiveness),
    reasonsSection("Blast radius", verdict.blastRadius),
    diagnosticsSection(verdict),
  ].filter((p) => p.length > 0);
  const notice = "\n\n…(cut to fit GitHub's size limit; run `airlock analyze --format json` for everything)\n";
  return truncateText(`${parts.join("\n\n")}\n`, maxLength, notice);
}

function gateSection(verdict: Verdict): string {
  const gate = verdict.gate;
  const title = gate.mode === "shadow" && gate.wouldBlock ? "👀 Shadow mode: would block" : CONCLUSION_TITLES[gate.conclusion];
  const lines = [`### ${title}`, "", escapeMarkdown(gate.summary)];
  if (gate.missing.length > 0) lines.push("", ...gate.missing.map((m) => `- ${escapeMarkdown(m)}`));
  if (gate.approvedBy.length > 0) lines.push("", `Approved by: ${gate.approvedBy.map(codeSpan).join(", ")}`);
  if (gate.ignoredReviews.length > 0) {
    lines.push("", "Reviews that did not count:");
    for (const r of gate.ignoredReviews) lines.push(`- ${codeSpan(r.login)}: ${escapeMarkdown(r.why)}`);
  }
  return lines.join("\n");
}

function scoreTable(verdict: Verdict): string {
  if (verdict.gate.conclusion === "failure" && !verdict.infra.touched && verdict.changes.length === 0 && verdict.destructiveness.reasons.length === 0) {
    return "Scores: **unknown** — the evaluation did not complete, so nothing about this change is assumed safe.";
  }
  const counts = countByAction(verdict.changes)
    .map(([action, n]) => `${n} ${action}`)
    .join(", ");
  return [
    "| | Score | Tier |",
    "|---|---:|---|",
    `| Destructiveness | ${verdict.destructiveness.score} | **${verdict.destructiveness.tier}** |`,
    `| Blast radius | ${verdict.blastRadius.score} | **${verdict.blastRadius.tier}** |`,
    "",
    `Changes: ${counts || "none"}`,
  ].join("\n");
}

function changesSection(changes: readonly ChangeSummary[], maxRows: number): string {
  const rows = sortChanges(changes.filter((c) => (c.action !== "no-op" || c.previousAddress) && c.action !== "read"));
  if (rows.length === 0) return "";
  const { shown, omitted } = limitList(rows, maxRows);
  const lines = ["#### Changes", "", "| | Action | Address | Type | Source | Why |", "|---|---|---|---|---|---|"];
  for (const c of shown) {
    const action = c.drift ? "drift" : c.action;
    const source = c.certainty === "certain" ? c.source : `${c.source} (${c.certainty})`;
    const where = c.previousAddress ? ` from ${codeSpan(c.previousAddress)}` : "";
    const construct = c.constructPath ? ` (${escapeMarkdown(c.constructPath)})` : "";
    const why = c.reasons.map(escapeMarkdown).join("; ");
    lines.push(
      `| ${codeSpan(ACTION_MARKERS[c.action])} | ${action} | ${codeSpan(c.address)}${construct}${where} | ${codeSpan(c.type)} | ${source} | ${why} |`,
    );
  }
  if (omitted > 0) lines.push("", `…and ${omitted} more changes.`);
  return lines.join("\n");
}

function reasonsSection(title: string, score: Score): string {
  if (score.reasons.length === 0) return "";
  const lines = [`#### ${title}: ${score.tier} (${score.score})`, ""];
  const { shown, omitted } = limitList(score.reasons, 40);
  for (const r of shown) lines.push(`- **+${r.points}** ${codeSpan(r.rule)} ${escapeMarkdown(r.message)}`);
  if (omitted > 0) lines.push(`- …and ${omitted} more reasons.`);
  return lines.join("\n");
}

function diagnosticsSection(verdict: Verdict): string {
  if (verdict.diagnostics.length === 0) return "";
  const lines = ["#### Inputs that could not be read", ""];
  for (const d of limitList(verdict.diagnostics, 30).shown) {
    const at = [d.file, d.line, d.column].filter((x) => x !== undefined).join(":");
    const path = d.path ? ` at ${codeSpan(d.path)}` : "";
    lines.push(`- **${d.level}** ${codeSpan(at)}${path}: ${escapeMarkdown(d.message)}`);
  }
  return lines.join("\n");
}
