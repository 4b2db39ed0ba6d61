import { auditRecordsMigration } from "./001-audit-records.js";
import { appendOnlyMigration } from "./002-append-only.js";
import { auditStateMigration } from "./003-audit-state.js";
import { queryIndexesMigration } from "./004-query-indexes.js";
import type { Migration } from "./migration.js";

/** Every migration of the audit schema, in version order. */
export const MIGRATIONS: readonly Migration[] = [auditRecordsMigration, appendOnlyMigration, auditStateMigration, queryIndexesMigration];
