import { describe, expect, it } from "vitest";
import { AuditStoreError, toAuditStoreError } from "../../src/audit/audit-store-error.js";

describe("AuditStoreError", () => {
  it("reads 'verb noun: detail' and keeps a cause with the driver's code", () => {
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint "audit_records_pkey"'), { code: "23505" });
    const error = toAuditStoreError("append audit event", driverError);
    expect(error).toBeInstanceOf(AuditStoreError);
    expect(error.message).toBe('append audit event: duplicate key value violates unique constraint "audit_records_pkey"');
    expect(error.action).toBe("append audit event");
    expect(error.cause).toMatchObject({ code: "23505" });
  });

  it("never carries a password, in its message or its cause", () => {
    const driverError = new Error("getaddrinfo ENOTFOUND for postgres://airlock:hunter2@db/airlock");
    const error = toAuditStoreError("open audit store", driverError);
    expect(error.message).not.toContain("hunter2");
    expect(String((error.cause as Error).message)).not.toContain("hunter2");
    expect(String((error.cause as Error).stack)).not.toContain("hunter2");
  });

  it("passes an AuditStoreError through instead of stacking prefixes", () => {
    const inner = new AuditStoreError("acquire lock k", "timed out");
    expect(toAuditStoreError("append audit event", inner)).toBe(inner);
  });

  it("describes a connection failure reported as an AggregateError with no message", () => {
    const aggregate = new AggregateError([new Error("connect ECONNREFUSED ::1:5432"), new Error("connect ECONNREFUSED 127.0.0.1:5432")], "");
    expect(toAuditStoreError("list audit records", aggregate).message).toBe("list audit records: connect ECONNREFUSED ::1:5432");
  });
});
