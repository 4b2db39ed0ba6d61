import type { Score } from "../model/score.js";
import type { ChangeSummary, Verdict } from "../model/verdict.js";
import { countByAction, sortChanges } from "./sort-changes.js";

/** Options of the terminal renderer. */
export interface TextOptions {
  /** Most change rows to print; the rest are counted. */
  maxRows?: number;
  /** Terminal width used to shorten long cells. */
  width?: number;
}

/**
 * `renderText` prints a Verdict for a terminal: the scores and gate first (what a user needs to decide),
 * then a table of changes, then every scoring reason and diagnostic. Untrusted strings are stripped of
 * control characters so a hostile resource name cannot rewrite the terminal.
 */
export function renderText(verdict: Verdict, options: TextOptions = {}): string {
  const maxRows = options.maxRows ?? 200;
  const width = options.width ?? 120;
  const lines: string[] = [];
  lines.push(headline(verdict));
  lines.push("");
  lines.push(`Destructiveness  ${pad(String(verdict.destructiveness.score), 3)}  ${verdict.destructiveness.tier}`);
  lines.push(`Blast radius     ${pad(String(verdict.blastRadius.score), 3)}  ${verdict.blastRadius.tier}`);
  lines.push(`Gate             ${verdict.gate.conclusion}: ${clean(verdict.gate.summary)}`);
  for (const m of verdict.gate.missing) lines.push(`                 - ${clean(m)}`);
  if (verdict.changes.length > 0) lines.push("", ...changeTable(verdict.changes, maxRows, width));
  if (verdict.configChanges.length > 0) {
    lines.push("", "Configuration changes:");
    for (const c of verdict.configChanges) lines.push(`  ${c.kind.padEnd(18)} ${clean(c.address)}  ${clean(c.message)}`);
  }
  lines.push("", ...reasonLines("Destructiveness", verdict.destructiveness));
  lines.push("", ...reasonLines("Blast radius", verdict.blastRadius));
  if (verdict.diagnostics.length > 0) {
    lines.push("", "Diagnostics:");
    for (const d of verdict.diagnostics) {
      const at = [d.file, d.line, d.column].filter((x) => x !== undefined).join(":");
      const path = d.path ? ` ${clean(d.path)}` : "";
      lines.push(`  ${d.level.padEnd(7)} ${clean(at)}${path}: ${clean(d.message)}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

function headline(verdict: Verdict): string {
  const counts = countByAction(verdict.changes)
    .filter(([action]) => action !== "no-op" && action !== "read")
    .map(([action, n]) => `${n} ${action}`);
  const what = counts.length > 0 ? counts.join(", ") : "no resource changes";
  return `Airlock: ${what}`;
}

function changeTable(changes: readonly ChangeSummary[], maxRows: number, width: number): string[] {
  const rows = sortChanges(changes.filter((c) => c.action !== "no-op" || c.previousAddress));
  const shown = rows.slice(0, maxRows);
  const addrWidth = Math.min(60, Math.max(7, ...shown.map((c) => c.address.length)));
  const typeWidth = Math.min(32, Math.max(4, ...shown.map((c) => c.type.length)));
  const out = [`${"ACTION".padEnd(8)} ${"ADDRESS".padEnd(addrWidth)} ${"TYPE".padEnd(typeWidth)} ${"SOURCE".padEnd(14)} NOTES`];
  for (const c of shown) {
    const action = c.drift ? "drift" : c.action;
    const source = c.certainty === "certain" ? c.source : `${c.source}?`;
    const notes = [c.previousAddress ? `from ${c.previousAddress}` : "", ...c.reasons].filter(Boolean).join("; ");
    const row = `${action.padEnd(8)} ${fit(clean(c.address), addrWidth)} ${fit(clean(c.type), typeWidth)} ${source.padEnd(14)} ${clean(notes)}`;
    out.push(row.length > width ? `${row.slice(0, width - 1)}…` : row);
  }
  if (rows.length > shown.length) out.push(`… and ${rows.length - shown.length} more changes (use --format json for all)`);
  return out;
}

function reasonLines(title: string, score: Score): string[] {
  if (score.reasons.length === 0) return [`${title}: ${score.tier} (${score.score}), nothing to report.`];
  const out = [`Why ${title.toLowerCase()} is ${score.tier} (${score.score}):`];
  for (const r of score.reasons) out.push(`  +${pad(String(r.points), 3)} ${r.rule}: ${clean(r.message)}`);
  return out;
}

function pad(s: string, n: number): string {
  return s.padStart(n);
}

function fit(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n);
}

/** Strips terminal control sequences and line breaks from untrusted text. */
function clean(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ");
}
