import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG, mergeApprovals, requiredTeams } from "../../src/config/index.js";

const base = { ...DEFAULT_CONFIG.approvals, teams: { high: ["acme/platform"] } };

describe("mergeApprovals", () => {
  it("returns the top-level policy when the environment overrides nothing", () => {
    expect(mergeApprovals(base, undefined)).toBe(base);
  });

  it("merges counts and teams tier by tier and replaces the other keys", () => {
    const merged = mergeApprovals(base, { byTier: { critical: 3 }, teams: { critical: ["acme/dba"] }, codeOwners: true });
    expect(merged.byTier).toEqual({ none: 0, low: 1, medium: 1, high: 2, critical: 3 });
    expect(merged.teams).toEqual({ high: ["acme/platform"], critical: ["acme/dba"] });
    expect(merged.codeOwners).toBe(true);
    expect(merged.dismissStale).toBe(true);
    expect(base.byTier.critical).toBe(2);
  });
});

describe("requiredTeams", () => {
  const approvals = { teams: { low: ["acme/infra"], high: ["acme/platform", "acme/infra"], critical: ["acme/dba"] } };

  it("requires a tier's teams and those of every less severe tier", () => {
    expect(requiredTeams(approvals, "none")).toEqual([]);
    expect(requiredTeams(approvals, "medium")).toEqual(["acme/infra"]);
    expect(requiredTeams(approvals, "high")).toEqual(["acme/infra", "acme/platform"]);
    expect(requiredTeams(approvals, "critical")).toEqual(["acme/infra", "acme/platform", "acme/dba"]);
  });
});
