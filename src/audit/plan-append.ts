import type { AuditEvent, AuditRecord } from "../model/audit-event.js";
import { canonicalJson } from "./canonical-json.js";
import { chainHash, GENESIS_HASH } from "./chain-hash.js";
import { eventColumns, type EventColumns } from "./event-columns.js";

/** Everything an engine writes for one new record: its chain fields, event text and indexed columns. */
export interface PlannedRecord {
  seq: number;
  eventJson: string;
  prevHash: string;
  hash: string;
  columns: EventColumns;
  /** The record as `list` will return it (the event as read back from its canonical JSON). */
  record: AuditRecord;
}

/**
 * `planAppend` computes the record that follows `previous` (the chain's last record, or null for an empty
 * chain): seq `previous.seq + 1` (1 first), `prevHash` linking to it, and the hash of the canonical JSON.
 * Throws a TypeError for an event that is not valid JSON data or lacks the fields every event must have.
 */
export function planAppend(event: AuditEvent, previous: { seq: number; hash: string } | null): PlannedRecord {
  const columns = eventColumns(event);
  const eventJson = canonicalJson(event);
  const seq = previous === null ? 1 : previous.seq + 1;
  const prevHash = previous === null ? GENESIS_HASH : previous.hash;
  const hash = chainHash(prevHash, eventJson);
  const record: AuditRecord = { seq, event: JSON.parse(eventJson) as AuditEvent, prevHash, hash };
  return { seq, eventJson, prevHash, hash, columns, record };
}
