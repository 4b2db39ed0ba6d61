import { AuditStoreError, toAuditStoreError } from "./audit-store-error.js";

/**
 * `guarded` runs one store operation: it rejects at once when the store is closed, and turns any failure
 * into an AuditStoreError prefixed with `action` ("append audit event: …").
 */
export async function guarded<T>(action: string, closed: boolean, operation: () => T | Promise<T>): Promise<T> {
  if (closed) throw new AuditStoreError(action, "the audit store is closed");
  try {
    return await operation();
  } catch (error) {
    throw toAuditStoreError(action, error);
  }
}

/** `checkDedupeKey` refuses an empty or oversized dedupe key (a caller bug that would make dedupe meaningless). */
export function checkDedupeKey(key: string | undefined): void {
  if (key === undefined) return;
  if (typeof key !== "string" || key.length === 0 || key.length > 512) throw new TypeError("dedupeKey must be a non-empty string of at most 512 characters");
}
