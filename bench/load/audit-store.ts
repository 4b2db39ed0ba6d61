/**
 * The audit trail a served Airlock writes to during a benchmark: SQLite in a fresh temporary directory, as a
 * single-replica deployment runs it (`file`, the default), or in memory (`memory`). Removed by `dispose()`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteAuditStore } from "../../src/audit/sqlite-audit-store.js";
import type { AuditStore } from "../../src/audit/index.js";

/** Where the benchmark's audit trail lives. */
export type AuditMode = "file" | "memory";

/** `benchAuditStore` opens a throwaway store; `dispose()` closes it and deletes its files. */
export function benchAuditStore(mode: AuditMode): { store: AuditStore; dispose: () => Promise<void> } {
  const dir = mode === "file" ? mkdtempSync(join(tmpdir(), "airlock-bench-")) : undefined;
  const store = openSqliteAuditStore({ path: dir ? join(dir, "audit.sqlite") : ":memory:" });
  return {
    store,
    dispose: async () => {
      await store.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
