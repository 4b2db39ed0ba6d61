import { describe, expect, it } from "vitest";
import { velocitySchema } from "../../../src/config/schema-velocity.js";
import { measureVelocity, type VelocityChange } from "../../../src/analysis/governance/measure-velocity.js";
import { velocityRequirements } from "../../../src/analysis/governance/velocity-requirements.js";
import type { HistoryEntry } from "../../../src/model/snapshot.js";

const NOW = "2026-11-21T12:00:00Z";
const agentChange: VelocityChange = { agent: "copilot", environments: ["production"], destroyed: 0 };

function velocity(input: unknown) {
  return velocitySchema.parse(input);
}

function merge(mergedAt: string, extra: Partial<HistoryEntry> = {}): HistoryEntry {
  return { mergedAt, agent: "copilot", environment: "production", ...extra };
}

function held(input: unknown, history: readonly unknown[], change: Partial<VelocityChange> = {}) {
  return velocityRequirements({ velocity: velocity(input), now: NOW, history: history as HistoryEntry[], change: { ...agentChange, ...change } });
}

describe("velocityRequirements: merges", () => {
  it("lets a merge through while it stays within the limit", () => {
    expect(held({ maxMerges: 3 }, [merge("2026-11-21T08:00:00Z"), merge("2026-11-21T09:00:00Z")])).toEqual([]);
  });

  it("holds the merge that would pass the limit, saying the limit, the count and when it frees up", () => {
    const requirements = held({ maxMerges: 2, window: "24h" }, [merge("2026-11-21T09:00:00Z"), merge("2026-11-20T15:20:00Z")]);
    expect(requirements).toEqual([
      {
        id: "velocity:repository:merges",
        met: false,
        kind: "wait",
        missing: "velocity limit: at most 2 agent infrastructure merges per 24h in this repository, and 2 merged in the last 24h; frees up at 2026-11-21T15:20:00Z (in 3 h 20 min)",
      },
    ]);
  });

  it("frees up when enough merges have left the window, not when the oldest does", () => {
    const history = ["2026-11-20T13:00:00Z", "2026-11-21T11:00:00Z", "2026-11-20T14:30:00Z", "2026-11-21T06:00:00Z"].map((at) => merge(at));
    const [requirement] = held({ maxMerges: 2 }, history);
    expect(requirement?.missing).toContain("frees up at 2026-11-22T06:00:00Z (in 18 h)");
  });

  it.each([
    ["exactly one window old: it has just left", "2026-11-20T12:00:00Z", false],
    ["one minute inside the window", "2026-11-20T12:01:00Z", true],
    ["a week old", "2026-11-14T12:00:00Z", false],
    ["dated after now (clock skew)", "2026-11-21T12:30:00Z", true],
  ])("counts a merge %s: %s", (_name, at, counts) => {
    expect(held({ maxMerges: 1 }, [merge(at)]).length).toBe(counts ? 1 : 0);
  });

  it("holds every merge when the limit is 0 and says waiting will not help", () => {
    const [requirement] = held({ maxMerges: 0 }, []);
    expect(requirement?.missing).toMatch(/at most 0 agent infrastructure merges .* the limit is 0, so waiting will not free it up$/);
  });

  it("applies no limit when both limits are ~", () => {
    const history = Array.from({ length: 50 }, () => merge("2026-11-21T11:00:00Z", { destroyed: 10 }));
    expect(held({ maxMerges: null, maxDestroyed: null }, history, { destroyed: 100 })).toEqual([]);
    expect(measureVelocity({ velocity: velocity({ maxMerges: null, maxDestroyed: null }), now: NOW, history, change: agentChange }).measures).toEqual([]);
  });
});

describe("velocityRequirements: environment and agent limits", () => {
  const history = [
    merge("2026-11-21T10:00:00Z"),
    ...Array.from({ length: 5 }, () => merge("2026-11-21T10:00:00Z", { environment: "staging", agent: "devin" })),
  ];

  it("counts only the merges that touched an environment named in velocity.environments", () => {
    const config = { maxMerges: 20, environments: { production: { maxMerges: 1 } } };
    expect(held(config, history, { environments: ["production"] }).map((r) => r.id)).toEqual(["velocity:environment:production:merges"]);
    expect(held(config, history, { environments: ["staging"] })).toEqual([]);
  });

  it("keeps the section's window and limits for keys an override leaves out, and ~ lifts a limit", () => {
    const old = [merge("2026-11-18T12:00:00Z"), merge("2026-11-19T12:00:00Z")];
    expect(held({ window: "7d", maxMerges: 20, environments: { production: { maxDestroyed: 5 } } }, old, { environments: ["production"] })).toEqual([]);
    expect(held({ window: "7d", maxMerges: 2, environments: { production: { maxDestroyed: 5 } } }, old).map((r) => r.id)).toEqual(["velocity:repository:merges", "velocity:environment:production:merges"]);
    expect(held({ window: "7d", maxMerges: 5, environments: { production: { maxMerges: 2 } } }, old).map((r) => r.id)).toEqual(["velocity:environment:production:merges"]);
    expect(held({ maxMerges: 1, agents: { copilot: { maxMerges: null } } }, [merge("2026-11-21T11:00:00Z")]).map((r) => r.id)).toEqual(["velocity:repository:merges"]);
  });

  it("limits one agent with its own window, matching its name without case", () => {
    const config = { agents: { copilot: { maxMerges: 1, window: "1h" } } };
    const recent = [merge("2026-11-21T11:30:00Z"), merge("2026-11-21T11:40:00Z", { agent: "devin" })];
    const [requirement, ...rest] = held(config, recent, { agent: "Copilot" });
    expect(rest).toEqual([]);
    expect(requirement).toMatchObject({ id: "velocity:agent:copilot:merges", kind: "wait", met: false });
    expect(requirement?.missing).toContain("at most 1 agent infrastructure merge per 1h by copilot, and 1 merged in the last 1h; frees up at 2026-11-21T12:30:00Z (in 30 min)");
    expect(held(config, recent, { agent: "devin" })).toEqual([]);
    expect(held(config, recent, { agent: null })).toEqual([]);
  });

  it("does not mistake an inherited object key for an agent limit", () => {
    expect(held({ maxMerges: null, maxDestroyed: null }, [], { agent: "constructor" })).toEqual([]);
  });
});

describe("velocityRequirements: destroyed resources", () => {
  const history = [
    merge("2026-11-20T14:00:00Z", { destroyed: 3 }),
    merge("2026-11-20T16:00:00Z", { destroyed: 0 }),
    merge("2026-11-21T09:00:00Z", { destroyed: 4 }),
  ];

  it.each([
    ["fits exactly", 3, null],
    ["frees up when the oldest deletes leave", 5, "frees up at 2026-11-21T14:00:00Z (in 2 h)"],
    ["frees up only when enough deletes leave", 8, "frees up at 2026-11-22T09:00:00Z (in 21 h)"],
    ["cannot fit by waiting when the PR alone is over the limit", 11, "this PR alone is over the limit, so waiting will not free it up: split the change"],
  ])("counts this PR's deletes: %s", (_name, destroyed, when) => {
    const requirements = held({ maxMerges: null, maxDestroyed: 10 }, history, { destroyed });
    if (when === null) return expect(requirements).toEqual([]);
    expect(requirements).toHaveLength(1);
    expect(requirements[0]).toMatchObject({ id: "velocity:repository:destroyed", kind: "wait", met: false });
    expect(requirements[0]?.missing).toContain(`at most 10 resources destroyed per 24h by agent merges in this repository, 7 destroyed in the last 24h and this PR destroys ${destroyed}`);
    expect(requirements[0]?.missing).toContain(when);
  });

  it("holds a PR that deletes nothing once past deletes are already over the limit", () => {
    expect(held({ maxDestroyed: 5 }, history, { destroyed: 0 }).map((r) => r.id)).toEqual(["velocity:repository:destroyed"]);
  });
});

describe("velocityRequirements: failing closed", () => {
  it.each([
    ["a date that is not a date", { mergedAt: "yesterday", agent: "copilot" }],
    ["a date without a time zone", { mergedAt: "2026-11-21T10:00:00", agent: "copilot" }],
    ["a day past the end of its month", { mergedAt: "2026-02-30T10:00:00Z", agent: "copilot" }],
    ["no entry at all", null],
  ])("counts a merge with %s as inside the window, for good", (_name, entry) => {
    const requirements = held({ maxMerges: 1 }, [entry]);
    expect(requirements).toHaveLength(1);
    expect(requirements[0]?.missing).toContain("counting 1 with an unreadable or missing field");
    expect(requirements[0]?.missing).toContain("waiting will not free it up: merges with an unreadable date count");
  });

  it("still frees up when the dated merges leave, however many merges are unreadable", () => {
    const [requirement] = held({ maxMerges: 2 }, [{ mergedAt: "garbage", agent: "copilot" }, merge("2026-11-21T08:00:00Z")]);
    expect(requirement?.missing).toContain("frees up at 2026-11-22T08:00:00Z (in 20 h)");
  });

  it("counts an unreadable number of deletes as too many until that merge leaves", () => {
    const [requirement] = held({ maxDestroyed: 100 }, [merge("2026-11-21T10:00:00Z", { destroyed: -1 })], { destroyed: 1 });
    expect(requirement?.missing).toContain("an unknown number destroyed in the last 24h");
    expect(requirement?.missing).toContain("frees up at 2026-11-22T10:00:00Z (in 22 h)");
  });

  it("waits for the merge with an unreadable number of deletes, not for older ones", () => {
    const history = [merge("2026-11-21T08:00:00Z", { destroyed: 1 }), merge("2026-11-21T10:00:00Z", { destroyed: Number.NaN })];
    expect(held({ maxDestroyed: 100 }, history, { destroyed: 1 })[0]?.missing).toContain("frees up at 2026-11-22T10:00:00Z (in 22 h)");
  });

  it("counts a merge with no recorded environment against every environment limit", () => {
    const config = { maxMerges: null, maxDestroyed: null, environments: { production: { maxMerges: 1 } } };
    const [requirement] = held(config, [{ mergedAt: "2026-11-21T10:00:00Z", agent: "devin" }]);
    expect(requirement?.id).toBe("velocity:environment:production:merges");
    expect(requirement?.missing).toContain("counting 1 with an unreadable or missing field");
  });

  it("fails when the evaluation time cannot be read, and only when a limit is set", () => {
    const params = { history: [], change: agentChange, now: "not a time" };
    expect(velocityRequirements({ ...params, velocity: velocity({}) })).toEqual([
      { id: "velocity:now", met: false, kind: "fail", missing: expect.stringContaining("\"not a time\" is not an ISO 8601") },
    ]);
    expect(velocityRequirements({ ...params, velocity: velocity({ maxMerges: null, maxDestroyed: null }) })).toEqual([]);
  });

  it("fails when a window cannot be read (a config that skipped validation)", () => {
    const config = { ...velocity({}), window: "one day" };
    expect(velocityRequirements({ velocity: config, now: NOW, history: [], change: agentChange })).toMatchObject([{ id: "velocity:repository:window", kind: "fail", met: false }]);
  });
});
