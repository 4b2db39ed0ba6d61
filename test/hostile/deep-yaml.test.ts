import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { parseConfig } from "../../src/config/index.js";
import { parseTemplateText } from "../../src/ingest/cloudformation/index.js";
import { repoRoot } from "../helpers/terraform.js";

const SCRIPT = path.join(repoRoot, "test/hostile/support/parse-deep-yaml.ts");

/** Runs the parser in a child process: a crash of Node itself cannot be caught, only seen from outside. */
function parseInChild(kind: "config" | "template", shape: "bare" | "after-quoted", depth: number) {
  const run = spawnSync(process.execPath, ["--import", "tsx", SCRIPT, kind, shape, String(depth)], { cwd: repoRoot, encoding: "utf8", timeout: 120_000 });
  const attempts = run.stdout
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as { attempt: number; accepted: boolean; code?: string; message?: string });
  return { status: run.status, signal: run.signal, attempts, stderr: run.stderr.split("\n").filter((l) => /FATAL|Error:/.test(l)).slice(0, 2).join("\n") };
}

/**
 * YAML nested in flow collections (`[[[…]]]`): the yaml library parses them recursively and relies on catching
 * the stack overflow, which V8 does not survive every time. A config file or a YAML template is hostile input,
 * so each must be refused by the nesting screen (`*.too-deep`) before the parser recurses, parse after parse,
 * with the process still alive. A refusal from a caught stack overflow means the screen was passed by.
 */
describe("YAML flow collections nested deeply", () => {
  it.each([
    ["config", "bare", 1_000, "config.too-deep"],
    ["config", "bare", 100_000, "config.too-deep"],
    ["template", "bare", 1_000, "cfn.too-deep"],
    ["template", "bare", 100_000, "cfn.too-deep"],
    ["config", "after-quoted", 1_000, "config.too-deep"],
    ["config", "after-quoted", 20_000, "config.too-deep"],
    ["template", "after-quoted", 1_000, "cfn.too-deep"],
    ["template", "after-quoted", 20_000, "cfn.too-deep"],
  ] as const)("the %s parser refuses %s nesting %i levels deep three times in a row, alive", (kind, shape, depth, code) => {
    const run = parseInChild(kind, shape, depth);
    expect({ status: run.status, signal: run.signal, crash: run.stderr }).toEqual({ status: 0, signal: null, crash: "" });
    expect(run.attempts.map((a) => [a.attempt, a.accepted, a.code])).toEqual([1, 2, 3].map((n) => [n, false, code]));
  }, 180_000);
});

/** The nesting screen in front of the YAML parser must count nesting, not brackets that are text. */
describe("brackets inside YAML block scalars", () => {
  const inlineCode = ["def handler(event, context):", `    rows = ${"[".repeat(70)}`, "    return rows"].join("\n");

  it("do not make a template with inline Lambda code too deep to read", () => {
    const text = stringify({ Resources: { Fn: { Type: "AWS::Lambda::Function", Properties: { Code: { ZipFile: inlineCode } } } } });
    expect(text).toContain("ZipFile: >");
    const result = parseTemplateText({ path: "templates/stack.yaml", text });
    expect("diagnostic" in result ? result.diagnostic : "read").toBe("read");
  });

  it("do not make a config with a block-scalar freeze reason too deep to read", () => {
    const text = `freeze:\n  - name: eoy\n    from: 2026-12-19T00:00:00Z\n    to: 2027-01-02T00:00:00Z\n    reason: |\n      ${"[".repeat(120)} is how the release board looks\n`;
    const result = parseConfig({ text, source: ".github/airlock.yml" });
    expect(result.ok ? "accepted" : result.diagnostics).toBe("accepted");
  });
});
