import { describe, expect, it } from "vitest";
import { PAGE_SIZE, readWindow } from "../../../src/app/dashboard/read-window.js";
import { evaluation, override, records } from "../../report/dashboard/support/audit-records.js";
import { memoryReader } from "./support/memory-reader.js";

function many(count: number) {
  return records(...Array.from({ length: count }, (_, i) => evaluation({ at: "2026-11-20T10:00:00Z", pullNumber: i + 1 })));
}

describe("readWindow", () => {
  it("pages through the trail with afterSeq until a short page", async () => {
    const reader = memoryReader(many(PAGE_SIZE + 10));
    const read = await readWindow(reader, "2026-11-01T00:00:00Z", 100_000);
    expect(read).toMatchObject({ truncated: false });
    expect(read.records.map((r) => r.seq)).toEqual(Array.from({ length: PAGE_SIZE + 10 }, (_, i) => i + 1));
    expect(reader.queries.map((q) => q.afterSeq)).toEqual([undefined, PAGE_SIZE]);
  });

  it("stops at the record cap and says the result is truncated", async () => {
    const reader = memoryReader(many(PAGE_SIZE + 10));
    const read = await readWindow(reader, "2026-11-01T00:00:00Z", PAGE_SIZE + 5);
    expect(read.records).toHaveLength(PAGE_SIZE + 5);
    expect(read.truncated).toBe(true);
  });

  it("asks only for evaluations and overrides since the given instant", async () => {
    const reader = memoryReader(records(override({ at: "2026-10-01T00:00:00Z" }), override({ at: "2026-11-02T00:00:00Z" })));
    const read = await readWindow(reader, "2026-11-01T00:00:00Z", 10);
    expect(read.records.map((r) => r.event.at)).toEqual(["2026-11-02T00:00:00Z"]);
    expect(reader.queries[0]).toMatchObject({ kinds: ["evaluation", "override"], since: "2026-11-01T00:00:00Z" });
  });
});
