import { describe, expect, it } from "vitest";
import { AUDIT_CSV_COLUMNS, auditCsvRow } from "../../../src/cli/audit/audit-csv-row.js";
import type { AuditEvent, AuditRecord } from "../../../src/model/audit-event.js";
import { aConfigInvalid, aMerge, anApproval, anEvaluation, anOverride, HEAD } from "../../audit/support/audit-events.js";

const recordOf = (event: AuditEvent): AuditRecord => ({ seq: 7, event, prevHash: "p".repeat(64), hash: "h".repeat(64) });
const rowOf = (event: AuditEvent): Record<string, unknown> =>
  Object.fromEntries(AUDIT_CSV_COLUMNS.map((column, index) => [column, auditCsvRow(recordOf(event))[index]]));

describe("auditCsvRow", () => {
  it("has one cell per column", () => {
    for (const event of [anEvaluation(), anApproval(), anOverride(), aMerge(), aConfigInvalid()]) {
      expect(auditCsvRow(recordOf(event))).toHaveLength(AUDIT_CSV_COLUMNS.length);
    }
  });

  it("flattens an evaluation into agent, requester, scores and decision", () => {
    expect(rowOf(anEvaluation())).toEqual({
      seq: 7, at: "2026-11-21T12:00:00Z", kind: "evaluation", repository: "acme/infra", pull_number: 42, head_sha: HEAD, delivery_id: "d-1",
      agent: "copilot", actor: "alice", destructiveness_score: 95, destructiveness_tier: "critical", blast_radius_score: 60, blast_radius_tier: "high",
      conclusion: "action_required", detail: "mode enforce; 2 approvals required; approved by carol; missing: 1 more approval from acme/dba", hash: "h".repeat(64),
    });
  });

  it("names the human behind approvals, overrides and merges", () => {
    expect(rowOf(anApproval())).toMatchObject({ actor: "carol", detail: `review on ${HEAD}; teams acme/platform`, conclusion: null });
    expect(rowOf(anOverride())).toMatchObject({ actor: "dave", detail: "reason: production is down; teams acme/sre" });
    expect(rowOf(aMerge())).toMatchObject({ actor: "carol", agent: "copilot", detail: expect.stringContaining("revert: git revert -m 1 9f8e7d6") });
    expect(rowOf(aConfigInvalid())).toMatchObject({ conclusion: "failure", detail: expect.stringContaining("approvals.high") });
  });

  it("leaves the agent empty for a PR that is not an agent's", () => {
    const human = anEvaluation({ agent: { name: null, isAgent: false, confidence: "none", requester: null, evidence: [] } });
    expect(rowOf(human)).toMatchObject({ agent: null, actor: null });
  });
});
