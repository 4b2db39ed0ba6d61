import { describe, expect, it } from "vitest";
import { CONFIG_LIMITS, parseConfig } from "../../src/config/index.js";

const SOURCE = ".github/airlock.yml";
const parse = (text: string) => parseConfig({ text, source: SOURCE });

/** The diagnostics of a refused config (fails the test when it was accepted). */
function refusal(text: string) {
  const result = parse(text);
  if (result.ok) throw new Error("the config was accepted");
  return result.diagnostics;
}

const environmentWithGlob = (glob: string) => `environments:\n  - name: production\n    tier: production\n    paths:\n      - ${JSON.stringify(glob)}\n`;

describe("config globs built to be slow", () => {
  it.each([
    ["many stars in one folder name", "**/*a*a*a*a*a*a*b"],
    ["many stars over folders", "*a*/*b*/*c*/*d*"],
    ["many globstars", "**/a/**/b/**/c/**"],
    ["many brace groups", "{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}"],
    ["deeply nested braces", "{a,{b,{c,{d,{e,f}}}}}"],
    ["a brace range", "envs/{1..100000}/**"],
    ["an extglob", "+(a|aa)+(a|aa)*b"],
    ["a glob longer than the limit", `${"a/".repeat(150)}**`],
    ["an unbalanced bracket", "envs/[prod/**"],
  ])("refuses %s with a diagnostic at its key", (_name, glob) => {
    const diagnostics = refusal(environmentWithGlob(glob));
    expect(diagnostics).toEqual([expect.objectContaining({ level: "error", file: SOURCE, path: "environments[0].paths[0]", line: 5 })]);
  });

  it("refuses more globs than the limit", () => {
    const perEnvironment = Math.ceil((CONFIG_LIMITS.maxGlobs + 1) / 5);
    const environment = (e: number) => {
      const paths = Array.from({ length: perEnvironment }, (_, i) => `      - "envs/e${e}/p${i}/**"`).join("\n");
      return `  - name: env${e}\n    tier: staging\n    paths:\n${paths}`;
    };
    const diagnostics = refusal(`environments:\n${[0, 1, 2, 3, 4].map(environment).join("\n")}\n`);
    expect(diagnostics.map((d) => d.code)).toEqual(["config.too-many-globs"]);
  });
});

describe("config labels over GitHub's 50 characters", () => {
  it("refuses a label name of 51 characters", () => {
    const name = `airlock/${"x".repeat(43)}`;
    expect(name).toHaveLength(51);
    const diagnostics = refusal(`labels:\n  agent: ${name}\n`);
    expect(diagnostics).toEqual([expect.objectContaining({ level: "error", path: "labels.agent", line: 2 })]);
  });

  it("refuses a label prefix that exceeds 50 characters once a tier is added", () => {
    const prefix = `airlock/${"b".repeat(34)}:`;
    expect(`${prefix}critical`.length).toBeGreaterThan(50);
    const diagnostics = refusal(`labels:\n  destructivePrefix: ${JSON.stringify(prefix)}\n`);
    expect(diagnostics).toEqual([expect.objectContaining({ level: "error", code: "config.label-too-long", path: "labels.destructivePrefix" })]);
  });

  it("accepts labels of exactly 50 characters", () => {
    const result = parse(`labels:\n  agent: airlock/${"x".repeat(42)}\n`);
    expect(result.ok).toBe(true);
  });
});

describe("config texts built to be expensive", () => {
  it("refuses a text over the size limit before parsing it", () => {
    const diagnostics = refusal(`mode: enforce\n# ${"x".repeat(CONFIG_LIMITS.maxBytes)}\n`);
    expect(diagnostics).toEqual([expect.objectContaining({ code: "config.too-large" })]);
  });

  it("refuses aliases that expand exponentially", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 9; i += 1) levels.push(`${"abcdefghi"[i]}: &${"abcdefghi"[i]} [${Array(10).fill(`*${"abcdefghi"[i - 1]}`).join(", ")}]`);
    const diagnostics = refusal(`${levels.join("\n")}\n`);
    expect(diagnostics).toEqual([expect.objectContaining({ code: "config.yaml-aliases" })]);
  });

  it(`reports at most ${CONFIG_LIMITS.maxDiagnostics} YAML syntax errors and sums up the rest`, () => {
    const text = Array.from({ length: 200 }, (_, i) => `key${i}: [unclosed\n`).join("") + "]]]]\n";
    const diagnostics = refusal(text);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.length).toBeLessThanOrEqual(CONFIG_LIMITS.maxDiagnostics + 1);
  });
});
