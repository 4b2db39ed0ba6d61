import type { AgentVerdict, TamperVerdict } from "../model/verdict.js";
import { codeSpan, escapeMarkdown } from "./markdown/escape-markdown.js";

/**
 * `renderAgentSection` explains why Airlock considers the PR agent-authored (or not), with each piece of
 * evidence and its strength, and names tampered governance files. Values are escaped: they come from the PR.
 */
export function renderAgentSection(agent: AgentVerdict, tamper: TamperVerdict): string {
  const lines: string[] = [];
  if (agent.isAgent || agent.evidence.length > 0) {
    const who = agent.name ? codeSpan(agent.name) : "an unknown agent";
    const head = agent.isAgent ? `#### Authored by ${who} (${agent.confidence})` : `#### Agent signals (${agent.confidence}: not treated as agent-authored)`;
    lines.push(head, "");
    if (agent.requester) lines.push(`Launched by ${codeSpan(agent.requester)}, whose approval does not count.`, "");
    lines.push("| Signal | Value | Strength |", "|---|---|---|");
    for (const e of agent.evidence.slice(0, 15)) lines.push(`| ${escapeMarkdown(e.signal)} | ${codeSpan(e.value.slice(0, 120))} | ${e.strength} |`);
    if (agent.evidence.length > 15) lines.push(`| …and ${agent.evidence.length - 15} more | | |`);
  }
  if (tamper.detected) {
    if (lines.length > 0) lines.push("");
    lines.push("#### ⚠️ Governance files changed by an agent", "");
    for (const f of tamper.files.slice(0, 30)) lines.push(`- ${codeSpan(f)}`);
    lines.push("", "An agent must not edit CI, code owners, agent instructions or Airlock's own configuration. A member of the security team has to approve.");
  }
  return lines.join("\n");
}
