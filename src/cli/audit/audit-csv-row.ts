import type { AuditEvent, AuditRecord } from "../../model/audit-event.js";
import type { CsvValue } from "./render-csv.js";

/** The columns of `airlock audit export --format csv`, one record per row. */
export const AUDIT_CSV_COLUMNS = [
  "seq", "at", "kind", "repository", "pull_number", "head_sha", "delivery_id", "agent", "actor",
  "destructiveness_score", "destructiveness_tier", "blast_radius_score", "blast_radius_tier", "conclusion", "detail", "hash",
] as const;

type Summary = { agent?: string | null; actor?: string | null; destructiveness?: [number, string]; blastRadius?: [number, string]; conclusion?: string; detail: string };

/**
 * `auditCsvRow` flattens a record into the AUDIT_CSV_COLUMNS cells. `agent` is the agent's name, `actor` the
 * human involved (the requester of an evaluated agent PR, the approver, the overrider, the merger), and
 * `detail` a one-line summary of what the event says (decision, teams, reason, revert command, messages).
 */
export function auditCsvRow(record: AuditRecord): CsvValue[] {
  const { event } = record;
  const summary = summarize(event);
  return [
    record.seq, event.at, event.kind, event.repository, event.pullNumber, event.headSha ?? null, event.deliveryId ?? null,
    summary.agent ?? null, summary.actor ?? null,
    summary.destructiveness?.[0] ?? null, summary.destructiveness?.[1] ?? null,
    summary.blastRadius?.[0] ?? null, summary.blastRadius?.[1] ?? null,
    summary.conclusion ?? null, summary.detail, record.hash,
  ];
}

function summarize(event: AuditEvent): Summary {
  switch (event.kind) {
    case "evaluation": {
      const { decision } = event;
      const parts = [`mode ${decision.mode}`, `${decision.requiredApprovals} approvals required`];
      if (decision.approvedBy.length > 0) parts.push(`approved by ${decision.approvedBy.join(" ")}`);
      if (decision.missing.length > 0) parts.push(`missing: ${decision.missing.join(" / ")}`);
      if (decision.mode === "shadow") parts.push(decision.wouldBlock ? "would block" : "would pass");
      return {
        agent: event.agent.isAgent ? event.agent.name : null,
        actor: event.agent.requester,
        destructiveness: [event.destructiveness.score, event.destructiveness.tier],
        blastRadius: [event.blastRadius.score, event.blastRadius.tier],
        conclusion: decision.conclusion,
        detail: parts.join("; "),
      };
    }
    case "approval":
      return { actor: event.login, detail: `review on ${event.commitId}${teams(event.teams)}` };
    case "override":
      return { actor: event.login, detail: `reason: ${event.reason}${teams(event.teams)}` };
    case "merge":
      return { agent: event.agent, actor: event.mergedBy, detail: `merged as ${event.mergeSha}; revert: ${event.revertCommand}` };
    case "config-invalid":
      return { conclusion: "failure", detail: event.messages.join(" / ") };
  }
}

function teams(list: readonly string[]): string {
  return list.length > 0 ? `; teams ${list.join(" ")}` : "";
}
