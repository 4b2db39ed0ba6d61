import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG, formatConfigDiagnostics, parseConfigObject } from "../../src/config/index.js";

const source = ".github/airlock.yml";

describe("parseConfigObject", () => {
  it("gives the defaults when no config file exists anywhere", () => {
    for (const value of [null, undefined]) {
      const result = parseConfigObject({ value, source });
      expect(result.ok && result.config).toEqual(DEFAULT_CONFIG);
    }
  });

  it("validates a merged object with the same rules, with key paths but no line numbers", () => {
    const value = { approvals: { byTier: { high: "two" }, teams: { high: ["@acme/platform"] } }, mode: "block" };
    const result = parseConfigObject({ value, source });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics.every((d) => d.line === undefined)).toBe(true);
    expect(formatConfigDiagnostics(result.diagnostics)).toMatchInlineSnapshot(`
      "Invalid config in .github/airlock.yml:
      .github/airlock.yml mode: expected one of \`enforce\`, \`shadow\`, received "block"
      .github/airlock.yml approvals.byTier.high: expected a number, received "two"
      .github/airlock.yml approvals.teams.high[0]: expected a team as \`org/slug\` (like \`acme/platform\`, without \`@\`), received "@acme/platform""
    `);
  });

  it("runs the semantic checks on a merged object", () => {
    const value = { approvals: { byTier: { medium: 2, high: 1 } } };
    const result = parseConfigObject({ value, source });
    expect(!result.ok && result.diagnostics.map((d) => d.path)).toEqual(["approvals.byTier.high"]);
  });

  it("ignores an `_extends` key left in the object, without a warning", () => {
    const result = parseConfigObject({ value: { _extends: "acme/.github", mode: "shadow" }, source });
    expect(result.ok && result.warnings).toEqual([]);
    expect(result.ok && result.config).not.toHaveProperty("_extends");
  });

  it("refuses an `_extends` that is not a string", () => {
    const result = parseConfigObject({ value: { _extends: ["acme/.github"] }, source });
    expect(!result.ok && result.diagnostics[0]?.message).toBe("expected a string, received a list");
  });

  it("does not mutate the object it is given", () => {
    const value = { approvals: { byTier: { high: 3, critical: 3 } } };
    const copy = structuredClone(value);
    parseConfigObject({ value, source });
    expect(value).toEqual(copy);
  });
});
