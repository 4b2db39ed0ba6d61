import type { AuditEvent } from "../model/audit-event.js";
import type { AuditRow } from "./audit-row.js";
import type { VerifyResult } from "./audit-store.js";
import { canonicalJson } from "./canonical-json.js";
import { chainHash, GENESIS_HASH } from "./chain-hash.js";
import { eventColumns, type EventColumns } from "./event-columns.js";

type Failure = Extract<VerifyResult, { ok: false }>;

/**
 * `ChainVerifier` checks audit rows fed to it in seq order, from seq 1, so an engine can stream the table
 * in pages. Per row, in this order: no seq is missing (`gap`), `prev_hash` is the previous row's hash (`link
 * mismatch`), `hash` is the SHA-256 of `prev_hash` + `event_json` (`hash mismatch`), the JSON parses and is
 * canonical (`unreadable event`), and the indexed columns agree with the event (`columns disagree`), which
 * catches a row moved to another PR by editing only its columns. After the first failure it ignores input.
 */
export class ChainVerifier {
  private expectedSeq = 1;
  private lastHash = GENESIS_HASH;
  private failure: Failure | null = null;

  /** Checks the next row; returns false once the chain is broken (the caller can stop reading). */
  check(row: AuditRow): boolean {
    if (this.failure === null) this.failure = this.findFailure(row);
    if (this.failure !== null) return false;
    this.expectedSeq += 1;
    this.lastHash = row.hash;
    return true;
  }

  /** The verdict over every row checked so far. */
  result(): VerifyResult {
    if (this.failure !== null) return this.failure;
    const records = this.expectedSeq - 1;
    return { ok: true, records, head: records === 0 ? null : { seq: records, hash: this.lastHash } };
  }

  private findFailure(row: AuditRow): Failure | null {
    const seq = Number(row.seq);
    const at = this.expectedSeq;
    if (seq !== at) return { ok: false, seq: at, reason: `gap: record ${at} is missing (the next record is ${seq})` };
    if (row.prev_hash !== this.lastHash) {
      return { ok: false, seq, reason: `link mismatch: prev_hash ${short(row.prev_hash)} is not the hash of record ${seq - 1} (${short(this.lastHash)})` };
    }
    const recomputed = chainHash(row.prev_hash, row.event_json);
    if (recomputed !== row.hash) {
      return { ok: false, seq, reason: `hash mismatch: stored ${short(row.hash)}, recomputed ${short(recomputed)} (the event or its hash was changed)` };
    }
    const columns = readColumns(row.event_json);
    if (typeof columns === "string") return { ok: false, seq, reason: `unreadable event: ${columns}` };
    const differing = differingColumns(row, columns);
    if (differing.length > 0) return { ok: false, seq, reason: `columns disagree with the event: ${differing.join(", ")}` };
    return null;
  }
}

function readColumns(eventJson: string): EventColumns | string {
  try {
    const event = JSON.parse(eventJson) as AuditEvent;
    if (canonicalJson(event) !== eventJson) return "event_json is not canonical JSON";
    return eventColumns(event);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function differingColumns(row: AuditRow, columns: EventColumns): string[] {
  const differing: string[] = [];
  if (row.kind !== columns.kind) differing.push("kind");
  if (Number(row.at_ms) !== columns.atMs) differing.push("at_ms");
  if (row.repository !== columns.repository) differing.push("repository");
  if (Number(row.pull_number) !== columns.pullNumber) differing.push("pull_number");
  if (row.head_sha !== columns.headSha) differing.push("head_sha");
  return differing;
}

function short(hash: string): string {
  return hash.length > 12 ? `${hash.slice(0, 12)}…` : hash;
}
