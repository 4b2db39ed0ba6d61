import { describe, expect, it } from "vitest";
import { formatConfigDiagnostics, parseConfigObject } from "../../src/config/index.js";

function problems(value: unknown): string {
  const result = parseConfigObject({ value, source: "airlock.yml" });
  return formatConfigDiagnostics(result.ok ? result.warnings : result.diagnostics);
}

describe("semantic checks", () => {
  it("blames an environment only for counts its own override sets", () => {
    const value = {
      approvals: { byTier: { medium: 2, high: 1 } },
      environments: [{ name: "prod", tier: "production", approvals: { codeOwners: true } }],
    };
    expect(problems(value)).toMatchInlineSnapshot(`
      "Invalid config in airlock.yml:
      airlock.yml approvals.byTier.high: \`high\` requires 1 approval but \`medium\` requires 2: counts must not decrease as the tier rises"
    `);
  });

  it("lets a sandbox override lower counts as long as they still rise with the tier", () => {
    const value = { environments: [{ name: "sbx", tier: "sandbox", approvals: { byTier: { low: 0, medium: 0 } }, autonomous: { maxTier: "medium" } }] };
    expect(problems(value)).toBe("");
  });

  it("blames the count when an environment drops a tier with teams to zero approvals", () => {
    const value = {
      approvals: { teams: { low: ["acme/platform"] } },
      environments: [{ name: "sbx", tier: "sandbox", approvals: { byTier: { none: 0, low: 0 } } }],
    };
    expect(problems(value)).toMatchInlineSnapshot(`
      "Invalid config in airlock.yml:
      airlock.yml environments[0].approvals.byTier.low: teams are required at \`low\` but \`byTier.low\` is 0: require at least 1 approval there"
    `);
  });

  it("accepts a renamed namespace when every label moves with it", () => {
    const names = { agent: "infra/agent", blastRadiusPrefix: "infra/br:", destructivePrefix: "infra/d:", tamper: "infra/tamper", override: "infra/override", wouldBlock: "infra/would-block" };
    expect(problems({ labels: { namespace: "infra/", ...names } })).toBe("");
    expect(problems({ labels: { namespace: "infra/" } })).toContain("labels.agent: label \"airlock/agent\" is outside the namespace \"infra/\"");
  });

  it("refuses a label that is only the namespace, and a prefix whose tier labels collide with a name", () => {
    expect(problems({ labels: { agent: "airlock/" } })).toContain("labels.agent: label \"airlock/\" is outside the namespace");
    expect(problems({ labels: { tamper: "airlock/destructive:high" } })).toContain("labels.destructivePrefix: it writes the same label as `labels.tamper`");
  });

  it("accepts `unknown` as an environment to freeze or to limit", () => {
    const value = {
      freeze: [{ name: "f", from: "2026-01-01T00:00:00Z", to: "2026-01-02T00:00:00Z", environments: ["unknown"], reason: "r" }],
      velocity: { environments: { unknown: { maxMerges: 1 } } },
    };
    expect(problems(value)).toBe("");
  });

  it("compares freeze instants across time zones", () => {
    const freeze = (from: string, to: string) => ({ freeze: [{ name: "f", from, to, reason: "r" }] });
    expect(problems(freeze("2026-01-01T10:00:00+02:00", "2026-01-01T09:00:00Z"))).toBe("");
    expect(problems(freeze("2026-01-01T10:00:00Z", "2026-01-01T11:00:00+02:00"))).toContain("freeze[0].to");
  });

  it("warns when no tier requires an approval in enforce mode, but not in shadow mode", () => {
    const byTier = { none: 0, low: 0, medium: 0, high: 0, critical: 0 };
    expect(problems({ approvals: { byTier } })).toMatch(/^airlock.yml warning: approvals.byTier: no tier requires an approval/);
    expect(problems({ mode: "shadow", approvals: { byTier } })).toBe("");
  });

  it("warns about registry strings that look like regular expressions", () => {
    const value = { agents: { registry: [{ name: "x", branchPrefixes: ["^bot/", "bot/"], bodyMarkers: ["session .*"] }] } };
    expect(problems(value)).toMatchInlineSnapshot(`
      "airlock.yml warning: agents.registry[0].bodyMarkers[0]: "session .*" is matched literally; regular expressions are not supported
      airlock.yml warning: agents.registry[0].branchPrefixes[0]: "^bot/" is matched literally; regular expressions are not supported"
    `);
  });

  it("bounds the scoring sections", () => {
    const weights = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`w${i}`, 1]));
    expect(problems({ scoring: { weights } })).toContain("scoring.weights: expected at most 200 entries, received 201");
  });
});
