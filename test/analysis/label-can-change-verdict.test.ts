import { describe, expect, it } from "vitest";
import { labelCanChangeVerdict } from "../../src/analysis/label-can-change-verdict.js";
import { DEFAULT_CONFIG, parseConfig } from "../../src/config/index.js";

describe("labelCanChangeVerdict", () => {
  it("is true for Airlock's own labels and built-in agent fingerprints, whatever their case or spacing", () => {
    for (const label of ["airlock/agent", "AIRLOCK/destructive:high", "codex", " Codex ", "sweep"]) expect(labelCanChangeVerdict({ label, config: DEFAULT_CONFIG })).toBe(true);
  });

  it("is false for labels no rule reads", () => {
    for (const label of ["bug", "team:payments", "codex-review", "airlock"]) expect(labelCanChangeVerdict({ label, config: DEFAULT_CONFIG })).toBe(false);
  });

  it("follows the config: its namespace and the labels its agent registry adds", () => {
    const parsed = parseConfig({ text: "agents:\n  registry:\n    - name: inhouse-bot\n      labels: [ai-generated]\n", source: "t" });
    if (!parsed.ok) throw new Error("config");
    expect(labelCanChangeVerdict({ label: "AI-generated", config: parsed.config })).toBe(true);
    expect(labelCanChangeVerdict({ label: "ai-generated", config: DEFAULT_CONFIG })).toBe(false);
  });
});
