import type { Verdict } from "../model/verdict.js";
import { renderAgentSection } from "./render-agent-section.js";
import { renderMarkdown } from "./render-markdown.js";
import { renderMermaid } from "./render-mermaid.js";
import { truncateText } from "./markdown/truncate.js";

/** The hidden marker that identifies Airlock's sticky summary comment. */
export const COMMENT_MARKER = "<!-- airlock:summary -->";

/**
 * `renderComment` renders the one sticky PR comment: the marker, the gate and scores, the agent evidence,
 * a mermaid diagram of the changed resources and their dependents, and the reasons. Stays under GitHub's
 * 65,536-character comment limit with a readable cut.
 */
export function renderComment(verdict: Verdict, options: { diagram?: boolean } = {}): string {
  const diagram = options.diagram !== false && verdict.dependencies ? renderMermaid(verdict.dependencies) : "";
  const parts = [
    `${COMMENT_MARKER}\n## Airlock`,
    renderMarkdown(verdict, { maxLength: 50_000, maxRows: 40 }),
    renderAgentSection(verdict.agent, verdict.tamper),
    diagram ? `<details><summary>What the change reaches</summary>\n\n${diagram}\n${verdict.dependencies?.truncated ? "\n(only the most destructive changes are drawn)\n" : ""}</details>` : "",
  ].filter((p) => p.length > 0);
  return truncateText(parts.join("\n\n"), 65_000, "\n\n…(cut to fit GitHub's comment limit)\n");
}
