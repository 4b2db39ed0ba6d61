import type { AuditRecord, EvaluationEvent, MergeEvent } from "../../model/audit-event.js";
import { printable } from "./printable.js";

/**
 * `renderPullHistory` renders the audit records of one PR as readable text, oldest first: each record's
 * time, kind and head SHA, then what it says — for an evaluation the agent, scores, changes and decision;
 * for an approval or override who and with which teams (and why); for a merge who merged it and the command
 * that reverts it. Text from the trail is made printable (no terminal control sequences).
 */
export function renderPullHistory(title: string, records: readonly AuditRecord[]): string {
  if (records.length === 0) return `${title}: no audit records\n`;
  const lines = [`${title}: ${records.length} audit record${records.length === 1 ? "" : "s"}`, ""];
  for (const record of records) {
    const { event } = record;
    const delivery = event.deliveryId === undefined ? "" : `  (delivery ${event.deliveryId})`;
    lines.push(`#${record.seq}  ${event.at}  ${event.kind}  head ${event.headSha}${delivery}`);
    lines.push(...details(record).map((line) => `    ${line}`));
  }
  return `${lines.map(printable).join("\n")}\n`;
}

function details({ event }: AuditRecord): string[] {
  switch (event.kind) {
    case "evaluation":
      return evaluationLines(event);
    case "approval":
      return [`approved by ${event.login}${teams(event.teams)}, review on ${event.commitId} at ${event.submittedAt}`];
    case "override":
      return [`gate overridden by ${event.login}${teams(event.teams)}`, `reason: ${event.reason}`];
    case "merge":
      return mergeLines(event);
    case "config-invalid":
      return ["config invalid, gate failed closed:", ...event.messages.map((message) => `  ${message}`)];
  }
}

function evaluationLines(event: EvaluationEvent): string[] {
  const { agent, decision } = event;
  const who = agent.isAgent
    ? `${agent.name ?? "unknown agent"} (${agent.confidence})${agent.requester === null ? "" : `, requested by ${agent.requester}`}`
    : "not an agent PR";
  const counts = Object.entries(event.changes.counts).filter(([, count]) => count > 0).map(([action, count]) => `${count} ${action}`);
  const lines = [
    `agent:    ${who}`,
    `scores:   destructiveness ${event.destructiveness.score} (${event.destructiveness.tier}), blast radius ${event.blastRadius.score} (${event.blastRadius.tier})`,
    `changes:  ${counts.length > 0 ? counts.join(", ") : "none"}${event.environments.length > 0 ? ` in ${event.environments.join(", ")}` : ""}`,
  ];
  if (event.changes.destroyed.length > 0) lines.push(`destroys: ${event.changes.destroyed.join(", ")}`);
  const approved = decision.approvedBy.length > 0 ? decision.approvedBy.join(", ") : "nobody yet";
  const shadow = decision.mode === "shadow" ? `, shadow mode: would ${decision.wouldBlock ? "block" : "pass"}` : "";
  lines.push(`decision: ${decision.conclusion}${shadow}; ${decision.requiredApprovals} approval(s) required, approved by ${approved}`);
  for (const missing of decision.missing) lines.push(`missing:  ${missing}`);
  return lines;
}

function mergeLines(event: MergeEvent): string[] {
  const destroyed = event.destroyed > 0 ? `, destroyed ${event.destroyed} resource${event.destroyed === 1 ? "" : "s"}` : "";
  return [
    `merged by ${event.mergedBy} as ${event.mergeSha} onto base ${event.baseSha}${event.agent === null ? "" : ` (agent ${event.agent})`}${destroyed}`,
    `revert:   ${event.revertCommand}`,
  ];
}

function teams(list: readonly string[]): string {
  return list.length > 0 ? ` (${list.join(", ")})` : "";
}
