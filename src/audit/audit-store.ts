import type { AuditEvent, AuditRecord } from "../model/audit-event.js";

/** Options of `AuditStore.append`. */
export interface AppendOptions {
  /**
   * Makes the append idempotent: a later append with the same key records nothing and returns the first
   * record (even if its event differs). Use the delivery id plus what the delivery recorded
   * (`<delivery>:evaluation`) so a redelivered webhook is recorded once.
   */
  dedupeKey?: string;
}

/** What `append` did: the stored record, and whether it already existed (`duplicate`, from `dedupeKey`). */
export interface AppendResult {
  record: AuditRecord;
  duplicate: boolean;
}

/**
 * A filter over the audit trail; every field narrows the result. Records come back in chain order (by seq).
 * `since` is inclusive and `until` exclusive; both are ISO 8601 instants or dates and compare with the
 * event's `at` as instants (so `…T12:00:00Z` and `…T14:00:00+02:00` are equal). `kinds: []` matches
 * nothing. `afterSeq` and `limit` page through large results: pass the last seq seen as `afterSeq`.
 * `withPlanDigest` and `latestPerHead` answer "the last plan digest recorded for each head SHA of a PR"
 * from an index, without reading the PR's whole history.
 */
export interface AuditQuery {
  repository?: string;
  pullNumber?: number;
  kinds?: AuditEvent["kind"][];
  since?: string;
  until?: string;
  limit?: number;
  afterSeq?: number;
  /** Only `evaluation` records whose event has a non-empty `planDigest`. */
  withPlanDigest?: boolean;
  /**
   * Of the records the other filters (except `afterSeq` and `limit`) match, only the newest of each head SHA;
   * records without a head SHA are left out. `afterSeq` and `limit` then page through those.
   */
  latestPerHead?: boolean;
}

/**
 * The outcome of `verify`. `ok: false` names the first seq where the chain breaks and why (`gap`, `link
 * mismatch`, `hash mismatch`, `columns disagree with the event`, `unreadable event`). `head` is the last
 * record's seq and hash: recording it elsewhere (a log, a ticket) is what lets a later verify notice records
 * removed from the end of the chain, which a hash chain alone cannot detect.
 */
export type VerifyResult =
  | { ok: true; records: number; head: { seq: number; hash: string } | null }
  | { ok: false; seq: number; reason: string };

/** `health` never throws: it says whether the store answers a trivial query right now. */
export type HealthResult = { ok: true } | { ok: false; reason: string };

/** Which implementation backs a store. */
export type AuditEngine = "sqlite" | "postgres";

/**
 * `AuditStore` is Airlock's append-only, hash-chained audit trail (DESIGN.md §1 step 5). There is no update
 * or delete. Every method rejects with AuditStoreError when the store cannot do its work (including after
 * `close`); an `append` that rejects recorded nothing, and the gate must stay closed.
 */
export interface AuditStore {
  /** `sqlite` or `postgres`. */
  readonly engine: AuditEngine;
  /** Where the store lives, safe to log: the SQLite file path, or the Postgres URL with its password redacted. */
  readonly location: string;
  /** Appends an event; the store assigns seq and the hash chain. Idempotent by `dedupeKey`: a second append with the same key returns the first record and `duplicate: true`. */
  append(event: AuditEvent, options?: AppendOptions): Promise<AppendResult>;
  /** Records matching `query`, in seq order. */
  list(query: AuditQuery): Promise<AuditRecord[]>;
  /** Recomputes the whole chain from seq 1 in order and reports the first break. */
  verify(): Promise<VerifyResult>;
  /**
   * Runs fn while holding an exclusive lock on `key` across every process sharing this store (per-PR
   * serialisation for multi-replica deployments). Not re-entrant: do not take the same key inside fn.
   * Rejects with AuditStoreError, without running fn, when the lock is not acquired within the store's lock
   * timeout (so a stuck holder cannot stall the caller forever); fn's own errors pass through unchanged.
   */
  withLock<T>(key: string, fn: () => Promise<T>): Promise<T>;
  /** Small key-value state (e.g. the check-run id or comment id for a PR), not part of the chain. `null` when unset. */
  getState(key: string): Promise<string | null>;
  /** Sets (or replaces) one state value. */
  setState(key: string, value: string): Promise<void>;
  /** Whether the store answers right now; for health endpoints and startup checks. */
  health(): Promise<HealthResult>;
  /** Releases connections and files. Idempotent; every later call (except `health` and `close`) rejects. */
  close(): Promise<void>;
}
