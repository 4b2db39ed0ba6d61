/** The audit trail: one AuditStore interface, SQLite and Postgres implementations, and the pure chain helpers. */
export type { AppendOptions, AppendResult, AuditEngine, AuditQuery, AuditStore, HealthResult, VerifyResult } from "./audit-store.js";
export { AuditStoreError } from "./audit-store-error.js";
export { canonicalJson } from "./canonical-json.js";
export { chainHash, GENESIS_HASH } from "./chain-hash.js";
export { createAuditStore, DEFAULT_SQLITE_FILE, type CreateAuditStoreOptions } from "./create-audit-store.js";
export { failingAuditStore, type AuditOperation, type FailingAuditStore } from "./failing-audit-store.js";
export { openPostgresAuditStore } from "./postgres-audit-store.js";
export type { PostgresAuditStoreOptions } from "./postgres-pools.js";
export { openSqliteAuditStore, type SqliteAuditStoreOptions } from "./sqlite-audit-store.js";
export { redactUrl } from "./redact-url.js";
