import { describe, expect, it } from "vitest";
import { eventColumns } from "../../src/audit/event-columns.js";
import type { AuditEvent } from "../../src/model/audit-event.js";
import { anApproval, aMerge } from "./support/audit-events.js";

describe("eventColumns", () => {
  it("reads the indexed columns, with at as an instant", () => {
    expect(eventColumns(aMerge({ at: "2026-11-21T14:00:00.250+02:00" }))).toMatchObject({ kind: "merge", atMs: Date.parse("2026-11-21T12:00:00.250Z"), pullNumber: 42 });
  });

  it.each([
    ["an unknown kind", { kind: "deleted" }, /unknown kind "deleted"/],
    ["a time without a zone", { at: "2026-11-21T12:00:00" }, /at is not an ISO 8601 instant/],
    ["an impossible date", { at: "2026-02-30T12:00:00Z" }, /at is not an ISO 8601 instant/],
    ["a repository without owner", { repository: "infra" }, /repository is not owner\/name/],
    ["a fractional pull number", { pullNumber: 4.5 }, /pullNumber is not a positive integer/],
  ])("refuses %s", (_, override, message) => {
    expect(() => eventColumns({ ...anApproval(), ...override } as AuditEvent)).toThrow(message);
  });
});
