import { describe, expect, it } from "vitest";
import type { AuditRow } from "../../src/audit/audit-row.js";
import { chainHash } from "../../src/audit/chain-hash.js";
import { ChainVerifier } from "../../src/audit/chain-verifier.js";
import { planAppend } from "../../src/audit/plan-append.js";
import type { AuditEvent } from "../../src/model/audit-event.js";
import { aMerge, anApproval, anEvaluation } from "./support/audit-events.js";

/** Rows exactly as a store would write them for `events`. */
function chainOf(events: AuditEvent[]): AuditRow[] {
  const rows: AuditRow[] = [];
  let previous: { seq: number; hash: string } | null = null;
  for (const event of events) {
    const planned = planAppend(event, previous);
    const { columns } = planned;
    rows.push({ seq: planned.seq, at_ms: columns.atMs, kind: columns.kind, repository: columns.repository, pull_number: columns.pullNumber,
      head_sha: columns.headSha, event_json: planned.eventJson, prev_hash: planned.prevHash, hash: planned.hash });
    previous = { seq: planned.seq, hash: planned.hash };
  }
  return rows;
}

function verify(rows: AuditRow[]): ReturnType<ChainVerifier["result"]> {
  const verifier = new ChainVerifier();
  for (const row of rows) if (!verifier.check(row)) break;
  return verifier.result();
}

describe("ChainVerifier", () => {
  const rows = chainOf([anEvaluation(), anApproval(), aMerge()]);

  it("accepts an intact chain and reports its head", () => {
    expect(verify(rows)).toEqual({ ok: true, records: 3, head: { seq: 3, hash: rows[2]!.hash } });
    expect(verify([])).toEqual({ ok: true, records: 0, head: null });
  });

  it("accepts Postgres-style rows whose BIGINT columns arrive as strings", () => {
    expect(verify(rows.map((row) => ({ ...row, seq: String(row.seq), at_ms: String(row.at_ms) })))).toMatchObject({ ok: true, records: 3 });
  });

  it("names the first missing seq", () => {
    expect(verify([rows[0]!, rows[2]!])).toEqual({ ok: false, seq: 2, reason: "gap: record 2 is missing (the next record is 3)" });
    expect(verify(rows.slice(1))).toMatchObject({ ok: false, seq: 1, reason: expect.stringMatching(/^gap/) });
  });

  it("finds an edited event as a hash mismatch at its own seq", () => {
    const edited = rows.map((row) => (row.seq === 2 ? { ...row, event_json: row.event_json.replace("carol", "mallory") } : row));
    expect(verify(edited)).toMatchObject({ ok: false, seq: 2, reason: expect.stringMatching(/^hash mismatch/) });
  });

  it("finds a consistently rewritten record at the next record's link", () => {
    const forged = chainOf([anEvaluation(), anApproval({ login: "mallory" })]);
    expect(verify([forged[0]!, forged[1]!, rows[2]!])).toMatchObject({ ok: false, seq: 3, reason: expect.stringMatching(/^link mismatch/) });
  });

  it("finds a record whose columns were moved to another PR", () => {
    const moved = rows.map((row) => (row.seq === 3 ? { ...row, repository: "acme/web", head_sha: "x" } : row));
    expect(verify(moved)).toEqual({ ok: false, seq: 3, reason: "columns disagree with the event: repository, head_sha" });
  });

  it("finds a record whose JSON is not canonical even when its hash matches it", () => {
    const [row] = chainOf([anApproval()]);
    const spaced = JSON.stringify(JSON.parse(row!.event_json), null, 1);
    const rehashed = { ...row!, event_json: spaced, hash: chainHash(row!.prev_hash, spaced) };
    expect(verify([rehashed])).toEqual({ ok: false, seq: 1, reason: "unreadable event: event_json is not canonical JSON" });
  });

  it("stops at the first break and ignores later rows", () => {
    const verifier = new ChainVerifier();
    expect(verifier.check(rows[0]!)).toBe(true);
    expect(verifier.check(rows[2]!)).toBe(false);
    expect(verifier.check(rows[1]!)).toBe(false);
    expect(verifier.result()).toMatchObject({ ok: false, seq: 2 });
  });
});
