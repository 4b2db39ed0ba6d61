import { describe, expect, it } from "vitest";
import { AuditStoreError } from "../../src/audit/audit-store-error.js";
import { failingAuditStore } from "../../src/audit/failing-audit-store.js";
import { openSqliteAuditStore } from "../../src/audit/sqlite-audit-store.js";
import { anApproval } from "./support/audit-events.js";

describe("failingAuditStore", () => {
  it("is down from the start without an inner store", async () => {
    const store = failingAuditStore();
    await expect(store.append(anApproval())).rejects.toThrow(AuditStoreError);
    await expect(store.append(anApproval())).rejects.toThrow(/^append audit event: connection refused \(simulated outage\)$/);
    expect(await store.health()).toMatchObject({ ok: false });
  });

  it("delegates until it goes down, fails only the chosen operations, and comes back", async () => {
    const inner = openSqliteAuditStore({ path: ":memory:" });
    const store = failingAuditStore(inner);
    await store.append(anApproval());
    store.goDown(["append"]);
    await expect(store.append(anApproval())).rejects.toThrow(AuditStoreError);
    expect(await store.list({})).toHaveLength(1);
    expect(await store.health()).toMatchObject({ ok: false });
    store.comeBack();
    await store.append(anApproval());
    expect(await inner.list({})).toHaveLength(2);
    expect(await store.health()).toEqual({ ok: true });
    await store.close();
    await expect(inner.list({})).rejects.toThrow(/closed/);
  });

  it("does not run a locked task while down", async () => {
    const store = failingAuditStore(openSqliteAuditStore({ path: ":memory:" }));
    store.goDown();
    let ran = false;
    await expect(store.withLock("k", async () => void (ran = true))).rejects.toThrow(/^acquire lock: /);
    expect(ran).toBe(false);
    await store.close();
  });
});
