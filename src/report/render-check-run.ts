import type { ChangeSummary, Verdict } from "../model/verdict.js";
import { renderAgentSection } from "./render-agent-section.js";
import { renderMarkdown } from "./render-markdown.js";
import { truncateText } from "./markdown/truncate.js";

/** A check-run annotation on a changed IaC line (GitHub's shape). */
export interface CheckAnnotation {
  path: string;
  /** 1-based. */
  startLine: number;
  endLine: number;
  level: "failure" | "warning" | "notice";
  title: string;
  message: string;
}

/** What the `Airlock` check run shows. */
export interface CheckRunOutput {
  conclusion: Verdict["gate"]["conclusion"];
  title: string;
  summary: string;
  text: string;
  annotations: CheckAnnotation[];
}

const LIMIT = 65_000;

/**
 * `renderCheckRun` renders the check run of a verdict: a title built only from Airlock's own words (never PR
 * text), a summary with the gate, scores, changes and reasons, and a text with the agent evidence and a
 * machine-readable block an agent can act on. Annotations point at the lines of destroyed or changed resources.
 */
export function renderCheckRun(verdict: Verdict, options: { deliveryId?: string; notRequiredWarning?: boolean } = {}): CheckRunOutput {
  const warning = options.notRequiredWarning
    ? "> [!WARNING]\n> `Airlock` is not a required status check on this branch, so it cannot block a merge. Make it required in branch protection or a ruleset.\n\n"
    : "";
  const summary = truncateText(warning + renderMarkdown(verdict, { maxLength: LIMIT }), LIMIT, "\n…(cut)\n");
  const text = truncateText([renderAgentSection(verdict.agent, verdict.tamper), forTheAgent(verdict), footer(options.deliveryId)].filter(Boolean).join("\n\n"), LIMIT, "\n…(cut)\n");
  return { conclusion: verdict.gate.conclusion, title: titleOf(verdict), summary, text, annotations: annotationsOf(verdict.changes) };
}

function titleOf(verdict: Verdict): string {
  const g = verdict.gate;
  const scores = verdict.infra.touched ? ` · destructive: ${verdict.destructiveness.tier} · blast radius: ${verdict.blastRadius.tier}` : "";
  if (g.mode === "shadow" && g.wouldBlock) return `Shadow mode: would block${scores}`;
  if (g.conclusion === "failure") {
    if (verdict.diagnostics.some((d) => d.level === "error")) return `Blocked: an input could not be read${scores}`;
    return verdict.infra.touched || verdict.tamper.detected ? `Blocked${scores}` : "Blocked: could not evaluate this pull request";
  }
  if (g.conclusion === "action_required") return `Waiting for ${g.missing.length} requirement${g.missing.length === 1 ? "" : "s"}${scores}`;
  return `May merge${scores}`;
}

/** Machine-readable next steps, for the coding agent reading the check. */
function forTheAgent(verdict: Verdict): string {
  const steps = {
    conclusion: verdict.gate.conclusion,
    missing: verdict.gate.missing,
    reasons: [...verdict.destructiveness.reasons, ...verdict.blastRadius.reasons].slice(0, 30).map((r) => ({ rule: r.rule, address: r.address, points: r.points, message: r.message })),
    diagnostics: verdict.diagnostics.slice(0, 30),
  };
  const json = JSON.stringify(steps, null, 1).replace(/```/g, "`\u200b``");
  return ["#### For the agent that opened this PR", "", "Each reason says what the change does and how to make it safer. Humans still decide.", "", "```json", json, "```"].join("\n");
}

function footer(deliveryId?: string): string {
  return deliveryId ? `<sub>Evaluated for delivery \`${deliveryId.replace(/[^A-Za-z0-9-]/g, "")}\`.</sub>` : "";
}

function annotationsOf(changes: readonly ChangeSummary[]): CheckAnnotation[] {
  const out: CheckAnnotation[] = [];
  for (const c of changes) {
    if (c.file === undefined || c.line === undefined || c.drift) continue;
    if (c.action === "no-op" || c.action === "read") continue;
    const destroying = c.action === "delete" || c.action === "replace";
    out.push({
      path: c.file,
      startLine: c.line,
      endLine: c.line,
      level: destroying ? "failure" : c.action === "create" ? "notice" : "warning",
      title: `${c.action} ${c.address}`.slice(0, 255),
      message: (c.reasons.join("; ") || `${c.address} will be ${c.action}d`).slice(0, 1000),
    });
  }
  return out.sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level]).slice(0, 50);
}

/** Failures first, so the 50 annotations GitHub takes in one request are the ones that matter. */
const LEVEL_RANK: Record<CheckAnnotation["level"], number> = { failure: 0, warning: 1, notice: 2 };
