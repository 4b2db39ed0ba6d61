import { describe, expect, it } from "vitest";
import { freezeSchema } from "../../../src/config/schema-freeze.js";
import { freezeRequirements } from "../../../src/analysis/governance/freeze-requirements.js";

const endOfYear = { name: "end-of-year", from: "2026-12-19T00:00:00Z", to: "2027-01-04T00:00:00Z", environments: ["production"], reason: "Holiday freeze: on-call is thin" };
const migration = { name: "db-migration", from: "2026-12-20T00:00:00Z", to: "2026-12-20T06:00:00Z", reason: "Database\nmigration in progress" };

function held(freeze: unknown[], now: string, environments: string[] = ["production"]) {
  return freezeRequirements({ freeze: freezeSchema.parse(freeze), now, environments });
}

describe("freezeRequirements", () => {
  it.each([
    ["before it starts", "2026-12-18T23:59:59Z", false],
    ["at its start (inclusive)", "2026-12-19T00:00:00Z", true],
    ["while it runs", "2026-12-25T12:00:00Z", true],
    ["a second before its end", "2027-01-03T23:59:59Z", true],
    ["at its end (exclusive)", "2027-01-04T00:00:00Z", false],
    ["the same instant written in another zone", "2026-12-19T01:00:00+01:00", true],
  ])("holds a PR %s: %s", (_name, now, active) => {
    expect(held([endOfYear], now).length).toBe(active ? 1 : 0);
  });

  it("names the freeze, the environments it holds, its end and its reason", () => {
    expect(held([endOfYear], "2027-01-03T12:00:00Z", ["staging", "production"])).toEqual([
      { id: "freeze:end-of-year", met: false, kind: "wait", missing: "change freeze \"end-of-year\" holds production until 2027-01-04T00:00:00Z (in 12 h): Holiday freeze: on-call is thin" },
    ]);
  });

  it.each([
    ["only the listed environments", endOfYear, ["staging"], 0],
    ["a PR touching one of them among others", endOfYear, ["sandbox", "production"], 1],
    ["every environment when it lists none", migration, ["sandbox"], 1],
    ["PRs in no environment when it lists none", migration, [], 1],
    ["every environment when its list is empty", { ...endOfYear, environments: [] }, ["sandbox"], 1],
  ])("applies to %s", (_name, window, environments, count) => {
    expect(held([window], "2026-12-20T01:00:00Z", environments)).toHaveLength(count);
  });

  it("lists each of overlapping freezes, in config order", () => {
    const requirements = held([endOfYear, migration], "2026-12-20T01:00:00Z");
    expect(requirements.map((r) => r.id)).toEqual(["freeze:end-of-year", "freeze:db-migration"]);
    expect(requirements[1]?.missing).toBe("change freeze \"db-migration\" holds all environments until 2026-12-20T06:00:00Z (in 5 h): Database migration in progress");
  });

  it("keeps ids distinct when two freezes share a name", () => {
    expect(held([migration, migration], "2026-12-20T01:00:00Z").map((r) => r.id)).toEqual(["freeze:db-migration", "freeze:db-migration:1"]);
  });

  it("fails closed when the evaluation time cannot be read", () => {
    expect(held([endOfYear], "soon")).toMatchObject([{ id: "freeze:end-of-year", met: false, kind: "fail" }]);
    expect(held([], "soon")).toEqual([]);
  });

  it("fails closed when a freeze's dates cannot be read (a config that skipped validation)", () => {
    const broken = [{ ...migration, to: "next week" }];
    expect(freezeRequirements({ freeze: broken, now: "2026-12-20T01:00:00Z", environments: [] })).toMatchObject([{ kind: "fail", missing: expect.stringContaining("its start or end") }]);
  });
});
