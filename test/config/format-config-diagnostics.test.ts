import { describe, expect, it } from "vitest";
import { formatConfigDiagnostics, parseConfig } from "../../src/config/index.js";
import type { Diagnostic } from "../../src/model/index.js";

const file = ".github/airlock.yml";

describe("formatConfigDiagnostics", () => {
  it("writes a header for errors, then one line per problem with position and key path", () => {
    const diagnostics: Diagnostic[] = [
      { level: "error", file, message: 'expected a number, received "two"', path: "approvals.byTier.high", line: 12, column: 5 },
      { level: "error", file, message: "invalid YAML: Map keys must be unique", line: 3 },
      { level: "warning", file, message: "matched literally", path: "agents.registry[0].bodyMarkers[0]" },
    ];
    expect(formatConfigDiagnostics(diagnostics)).toMatchInlineSnapshot(`
      "Invalid config in .github/airlock.yml:
      .github/airlock.yml:12:5 approvals.byTier.high: expected a number, received "two"
      .github/airlock.yml:3 invalid YAML: Map keys must be unique
      .github/airlock.yml warning: agents.registry[0].bodyMarkers[0]: matched literally"
    `);
  });

  it("has no header when there are only warnings, and is empty for no diagnostics", () => {
    expect(formatConfigDiagnostics([{ level: "warning", file, message: "w", path: "a" }])).toBe(".github/airlock.yml warning: a: w");
    expect(formatConfigDiagnostics([])).toBe("");
  });

  it("keeps text from the config from breaking out of its line or into markdown", () => {
    const text = 'labels:\n  "x`y\\n<img src=x>": 1\nmode: "```\\n@here <script>"\n';
    const result = parseConfig({ text, source: file });
    if (result.ok) throw new Error("expected errors");
    const out = formatConfigDiagnostics(result.diagnostics);
    expect(out.split("\n")).toHaveLength(3);
    expect(out).not.toContain("`y");
    expect(out).not.toContain("```");
    expect(out).not.toMatch(/<[a-z]/i);
  });

  it("shortens long values", () => {
    const result = parseConfig({ text: `mode: ${"a".repeat(500)}\n`, source: file });
    const out = result.ok ? "" : formatConfigDiagnostics(result.diagnostics);
    expect(out).toContain(`received "${"a".repeat(59)}…"`);
  });
});
