import { describe, expect, it } from "vitest";
import { CONFIG_LIMITS, DEFAULT_CONFIG, formatConfigDiagnostics, parseConfig, type AirlockConfig } from "../../src/config/index.js";
import { listConfigFixtures, loadConfigFixture } from "./load-config-fixture.js";

const source = ".github/airlock.yml";

function parseOk(text: string | null | undefined): { config: AirlockConfig; warnings: string } {
  const result = parseConfig({ text, source });
  if (!result.ok) throw new Error(formatConfigDiagnostics(result.diagnostics));
  return { config: result.config, warnings: formatConfigDiagnostics(result.warnings) };
}

describe("parseConfig", () => {
  it.each(listConfigFixtures("valid"))("parses the valid fixture %s", (name) => {
    expect(parseConfig({ text: loadConfigFixture("valid", name), source }).ok).toBe(true);
  });

  it.each([
    ["null", null],
    ["undefined", undefined],
    ["an empty text", ""],
    ["only comments", "# nothing configured yet\n"],
    ["an empty document", "---\n"],
    ["a null document", "~\n"],
  ])("gives the defaults for %s", (_, text) => {
    const { config, warnings } = parseOk(text);
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(warnings).toBe("");
  });

  it("fills every key the file leaves out with its default", () => {
    const { config } = parseOk("mode: shadow\napprovals:\n  byTier:\n    high: 3\n    critical: 3\n");
    expect(config.mode).toBe("shadow");
    expect(config.approvals.byTier).toEqual({ none: 0, low: 1, medium: 1, high: 3, critical: 3 });
    expect(config.approvals.dismissStale).toBe(true);
    expect(config.environments.map((e) => e.name)).toEqual(["production", "staging", "sandbox"]);
  });

  it("reads every key of the full example", () => {
    const { config } = parseOk(loadConfigFixture("valid", "full"));
    expect(config.agents.registry[0]?.botIds).toEqual([123456789]);
    expect(config.environments[0]?.approvals?.byTier).toEqual({ medium: 2, high: 3, critical: 3 });
    expect(config.environments[2]?.autonomous).toEqual({ maxTier: "low" });
    expect(config.velocity.agents["acme-bot"]).toEqual({ maxDestroyed: null });
    expect(config.freeze[0]?.to).toBe("2027-01-04T09:00:00+01:00");
    expect(config.scoring.weights).toEqual({ "destroy.stateful": 90, "reach.environment.production": 30 });
  });

  it("accepts `_extends`, drops it from the config and warns that it was not followed", () => {
    const { config, warnings } = parseOk(loadConfigFixture("valid", "org-extends"));
    expect(config).not.toHaveProperty("_extends");
    expect(config.tamper.securityTeams).toEqual(["acme/security"]);
    expect(warnings).toMatchInlineSnapshot(
      `".github/airlock.yml:2:1 warning: _extends: not followed when a file is checked on its own: keys this file leaves out come from its base in the app"`,
    );
  });

  it("refuses a text over the size limit before parsing it", () => {
    const text = `# ${"x".repeat(CONFIG_LIMITS.maxBytes)}\nmode: shadow\n`;
    const result = parseConfig({ text, source });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: "config.too-large", level: "error" })]);
    expect(formatConfigDiagnostics(result.diagnostics)).toContain("at most 256 KiB");
  });

  it("counts the size limit in UTF-8 bytes, not characters", () => {
    const text = `# ${"é".repeat(CONFIG_LIMITS.maxBytes / 2)}\n`;
    expect(text.length).toBeLessThan(CONFIG_LIMITS.maxBytes);
    const result = parseConfig({ text, source });
    expect(!result.ok && result.diagnostics[0]?.code).toBe("config.too-large");
  });

  it("refuses a billion-laughs document quickly instead of expanding it", () => {
    const started = performance.now();
    const result = parseConfig({ text: loadConfigFixture("invalid", "yaml-bomb"), source });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(!result.ok && result.diagnostics.map((d) => d.code)).toEqual(["config.yaml-aliases"]);
  });

  it("still allows a few aliases", () => {
    const { config } = parseOk("approvals:\n  teams:\n    high: &owners [acme/platform]\n    critical: *owners\n");
    expect(config.approvals.teams.critical).toEqual(["acme/platform"]);
  });

  it("reports YAML warnings (an unknown tag) without failing", () => {
    const { config, warnings } = parseOk("mode: !custom shadow\n");
    expect(config.mode).toBe("shadow");
    expect(warnings).toContain(".github/airlock.yml:1:7 warning: YAML: Unresolved tag");
  });

  it("keeps the shape stage from running when the YAML is broken", () => {
    const result = parseConfig({ text: "mode: [enforce\nunknown: 1\n", source });
    expect(!result.ok && result.diagnostics.map((d) => d.code)).toEqual(["config.yaml-syntax"]);
  });

  it("keeps the semantic stage from running when the shape is wrong", () => {
    const text = "environments:\n  - { name: a, tier: prod }\n  - { name: a, tier: sandbox }\n";
    const result = parseConfig({ text, source });
    expect(!result.ok && result.diagnostics.map((d) => d.code)).toEqual(["config.invalid-value"]);
  });

  it("reports every problem of a stage at once, errors first, in file order", () => {
    const text = "agents:\n  registry:\n    - { name: a, branchPrefixes: ['^copilot/'] }\nlabels:\n  agent: x\nfreeze:\n  - { name: f, from: '2026-01-02T00:00:00Z', to: '2026-01-01T00:00:00Z', reason: r }\n";
    const result = parseConfig({ text, source });
    expect(!result.ok && result.diagnostics.map((d) => [d.level, d.line])).toEqual([
      ["error", 5],
      ["error", 7],
      ["warning", 3],
    ]);
  });

  it("caps the number of diagnostics and says how many were left out", () => {
    const text = `tamper:\n  paths: [${Array.from({ length: 80 }, (_, i) => `"/p${i}"`).join(", ")}]\n`;
    const result = parseConfig({ text, source });
    if (result.ok) throw new Error("expected errors");
    expect(result.diagnostics).toHaveLength(CONFIG_LIMITS.maxDiagnostics + 1);
    expect(result.diagnostics.at(-1)?.message).toBe("30 more problems not shown");
  });

  it("returns a fresh config each time, never the frozen defaults", () => {
    const first = parseOk(null).config;
    first.environments.push({ name: "extra", tier: "sandbox", paths: [], workspaces: [] });
    expect(parseOk(null).config.environments).toHaveLength(3);
    expect(Object.isFrozen(DEFAULT_CONFIG.environments[0]?.paths)).toBe(true);
  });
});
