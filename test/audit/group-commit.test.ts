import { describe, expect, it } from "vitest";
import { GroupCommit } from "../../src/audit/group-commit.js";

describe("GroupCommit", () => {
  it("commits what was submitted in one turn together, in order, and settles each with its own outcome", async () => {
    const groups: number[][] = [];
    const batch = new GroupCommit<number, number>((inputs) => {
      groups.push(inputs);
      return inputs.map((n) => (n < 0 ? { ok: false, error: new Error(`bad ${n}`) } : { ok: true, value: n * 10 }));
    });
    const settled = Promise.allSettled([batch.submit(1), batch.submit(-2), batch.submit(3)]);
    expect(groups).toEqual([]);
    expect((await settled).map((s) => (s.status === "fulfilled" ? s.value : (s.reason as Error).message))).toEqual([10, "bad -2", 30]);
    await batch.submit(4);
    expect(groups).toEqual([[1, -2, 3], [4]]);
  });

  it("rejects the whole group when the commit throws, and commits pending work at once on flush", async () => {
    let fail = true;
    const batch = new GroupCommit<number, number>((inputs) => {
      if (fail) throw new Error("disk full");
      return inputs.map((n) => ({ ok: true, value: n }));
    });
    await expect(Promise.all([batch.submit(1), batch.submit(2)])).rejects.toThrow("disk full");
    fail = false;
    const pending = batch.submit(5);
    batch.flush();
    expect(await pending).toBe(5);
  });
});
