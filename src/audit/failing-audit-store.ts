import type { AuditStore, HealthResult } from "./audit-store.js";
import { AuditStoreError } from "./audit-store-error.js";

/** The operations a FailingAuditStore can take down. */
export type AuditOperation = "append" | "list" | "verify" | "withLock" | "getState" | "setState";

/** A store for fail-closed tests, with switches to take it down and bring it back. */
export interface FailingAuditStore extends AuditStore {
  /** Makes `operations` (default: all) reject with AuditStoreError until `comeBack`. */
  goDown(operations?: readonly AuditOperation[]): void;
  /** Makes every operation delegate again. */
  comeBack(): void;
}

const ALL: readonly AuditOperation[] = ["append", "list", "verify", "withLock", "getState", "setState"];
const ACTIONS: Record<AuditOperation, string> = {
  append: "append audit event",
  list: "list audit records",
  verify: "verify audit chain",
  withLock: "acquire lock",
  getState: "read audit state",
  setState: "write audit state",
};

/**
 * `failingAuditStore` simulates an audit store outage for tests of the "if the record cannot be written the
 * gate does not open" rule. It wraps `inner` and delegates to it until `goDown()`; then the chosen
 * operations reject exactly as a real outage would (AuditStoreError "append audit event: … (simulated
 * outage)", with a cause) and `health` reports not ok. Without `inner` it starts down, with nothing behind
 * it. (Closing a real store is the other way to simulate an outage: every operation then rejects.)
 */
export function failingAuditStore(inner?: AuditStore): FailingAuditStore {
  let down = new Set<AuditOperation>(inner === undefined ? ALL : []);
  const fail = (operation: AuditOperation): Promise<never> =>
    Promise.reject(new AuditStoreError(ACTIONS[operation], "connection refused (simulated outage)", { cause: new Error("simulated outage") }));
  const use = <T>(operation: AuditOperation, call: (store: AuditStore) => Promise<T>): Promise<T> =>
    down.has(operation) || inner === undefined ? fail(operation) : call(inner);
  return {
    engine: inner?.engine ?? "sqlite",
    location: inner === undefined ? "failing audit store" : `${inner.location} (with simulated outages)`,
    append: (event, options) => use("append", (store) => store.append(event, options)),
    list: (query) => use("list", (store) => store.list(query)),
    verify: () => use("verify", (store) => store.verify()),
    withLock: (key, fn) => use("withLock", (store) => store.withLock(key, fn)),
    getState: (key) => use("getState", (store) => store.getState(key)),
    setState: (key, value) => use("setState", (store) => store.setState(key, value)),
    health: async (): Promise<HealthResult> =>
      down.size > 0 || inner === undefined ? { ok: false, reason: "audit store is down (simulated outage)" } : inner.health(),
    close: async () => inner?.close(),
    goDown: (operations = ALL) => {
      down = new Set(operations);
    },
    comeBack: () => {
      down = new Set(inner === undefined ? ALL : []);
    },
  };
}
