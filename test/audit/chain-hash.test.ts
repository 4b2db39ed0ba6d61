import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { chainHash, GENESIS_HASH } from "../../src/audit/chain-hash.js";
import { planAppend } from "../../src/audit/plan-append.js";
import { anApproval } from "./support/audit-events.js";

describe("chainHash", () => {
  it("is the hex SHA-256 of the previous hash followed by the event JSON", () => {
    const expected = createHash("sha256").update(`${GENESIS_HASH}{"a":1}`).digest("hex");
    expect(chainHash(GENESIS_HASH, '{"a":1}')).toBe(expected);
    expect(GENESIS_HASH).toBe("0".repeat(64));
  });

  it("changes when either the link or the event changes", () => {
    const base = chainHash(GENESIS_HASH, '{"a":1}');
    expect(chainHash(GENESIS_HASH, '{"a":2}')).not.toBe(base);
    expect(chainHash("1".repeat(64), '{"a":1}')).not.toBe(base);
  });
});

describe("planAppend", () => {
  it("starts a chain at seq 1 linked to the genesis hash", () => {
    const planned = planAppend(anApproval(), null);
    expect(planned).toMatchObject({ seq: 1, prevHash: GENESIS_HASH, hash: chainHash(GENESIS_HASH, planned.eventJson) });
    expect(planned.columns).toEqual({ kind: "approval", at: "2026-11-21T12:30:00Z", atMs: Date.parse("2026-11-21T12:30:00Z"), repository: "acme/infra", pullNumber: 42, headSha: anApproval().headSha });
  });

  it("follows the previous record and returns the event as it will be read back", () => {
    const planned = planAppend({ ...anApproval(), deliveryId: undefined }, { seq: 7, hash: "f".repeat(64) });
    expect(planned.seq).toBe(8);
    expect(planned.prevHash).toBe("f".repeat(64));
    expect(planned.record.event).not.toHaveProperty("deliveryId");
    expect(planned.record).toEqual({ seq: 8, event: JSON.parse(planned.eventJson), prevHash: planned.prevHash, hash: planned.hash });
  });
});
