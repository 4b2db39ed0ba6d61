import type { Migration } from "./migration.js";

const table = `
CREATE TABLE audit_state (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
`;

/** Small mutable key-value state next to the trail (check-run and comment ids); not part of the chain. */
export const auditStateMigration: Migration = { version: 3, name: "audit state", sqlite: table, postgres: table };
