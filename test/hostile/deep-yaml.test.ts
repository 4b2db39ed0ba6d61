import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/terraform.js";

const SCRIPT = path.join(repoRoot, "test/hostile/support/parse-deep-yaml.ts");

/** Runs the parser in a child process: a crash of Node itself cannot be caught, only seen from outside. */
function parseInChild(kind: "config" | "template", depth: number) {
  const run = spawnSync(process.execPath, ["--import", "tsx", SCRIPT, kind, String(depth)], { cwd: repoRoot, encoding: "utf8", timeout: 120_000 });
  const attempts = run.stdout
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as { attempt: number; accepted: boolean; code?: string; message?: string });
  return { status: run.status, signal: run.signal, attempts, stderr: run.stderr.split("\n").filter((l) => /FATAL|Error:/.test(l)).slice(0, 2).join("\n") };
}

/**
 * YAML nested in flow collections (`[[[…]]]`): the yaml library parses them recursively and relies on catching
 * the stack overflow, which V8 does not survive every time. A config file or a YAML template is hostile input,
 * so each must be refused with a diagnostic, parse after parse, with the process still alive.
 */
describe("YAML flow collections nested deeply", () => {
  it.each([
    ["config", 1_000, "config."],
    ["config", 100_000, "config."],
    ["template", 1_000, "cfn."],
    ["template", 100_000, "cfn."],
  ] as const)("the %s parser refuses %i levels three times in a row without taking the process down", (kind, depth, prefix) => {
    const run = parseInChild(kind, depth);
    expect({ status: run.status, signal: run.signal, crash: run.stderr }).toEqual({ status: 0, signal: null, crash: "" });
    expect(run.attempts.map((a) => a.attempt)).toEqual([1, 2, 3]);
    for (const attempt of run.attempts) {
      expect(attempt.accepted).toBe(false);
      expect(attempt.code?.startsWith(prefix)).toBe(true);
    }
  }, 180_000);
});
