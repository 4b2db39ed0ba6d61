import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";

const root = path.resolve(import.meta.dirname, "../..");
const plan = (name: string) => path.join(root, "fixtures/terraform/plans", `${name}.json`);
const hcl = (name: string, side: "base" | "head") => path.join(root, "fixtures/hcl", name, side);

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "airlock-cli-"));
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe("airlock analyze", () => {
  it("blocks a plan that destroys resources, and prints the Verdict contract as JSON", async () => {
    const { code, out } = await run("analyze", "--plan", plan("multi"), "--format", "json");
    expect(code).toBe(1);
    const verdict = JSON.parse(out);
    expect(Object.keys(verdict)).toEqual(expect.arrayContaining(["agent", "infra", "tamper", "changes", "destructiveness", "blastRadius", "labels", "gate", "diagnostics"]));
    expect(verdict.gate.conclusion).toBe("action_required");
    expect(verdict.changes.filter((c: any) => c.action === "delete").length).toBeGreaterThan(0);
    expect(verdict.changes.find((c: any) => c.action === "move")).toMatchObject({ previousAddress: "terraform_data.standalone" });
    for (const score of [verdict.destructiveness, verdict.blastRadius]) {
      expect(score.reasons.reduce((s: number, r: any) => s + r.points, 0)).toBeGreaterThanOrEqual(score.score);
    }
  });

  it("passes a plan with no changes", async () => {
    const { code, out } = await run("analyze", "--plan", plan("no-changes"), "--format", "json");
    expect(code).toBe(0);
    expect(JSON.parse(out).gate.conclusion).toBe("success");
  });

  it("never treats an unreadable plan as empty: failure, exit 1, and the position of the error", async () => {
    const file = tempFile("plan.json", '{"format_version": "1.2",\n  "resource_changes": [ {"address": ');
    const { code, out } = await run("analyze", "--plan", file, "--format", "json");
    expect(code).toBe(1);
    const verdict = JSON.parse(out);
    expect(verdict.gate.conclusion).toBe("failure");
    expect(verdict.diagnostics[0]).toMatchObject({ level: "error", file });
    expect(verdict.diagnostics[0].line).toBeGreaterThanOrEqual(2);
    expect(verdict.destructiveness.tier === "high" || verdict.destructiveness.tier === "critical").toBe(true);
  });

  it("reads a static HCL diff of two trees", async () => {
    const { code, out } = await run("analyze", "--base", hcl("rds-delete", "base"), "--head", hcl("rds-delete", "head"), "--format", "json");
    expect(code).toBe(1);
    const verdict = JSON.parse(out);
    const deleted = verdict.changes.filter((c: any) => c.action === "delete");
    expect(deleted.length).toBeGreaterThan(0);
    expect(deleted.every((c: any) => c.source === "hcl" && c.certainty !== "certain")).toBe(true);
  });

  it("raises blast radius for production", async () => {
    const plain = JSON.parse((await run("analyze", "--plan", plan("basic"), "--format", "json")).out);
    const prod = JSON.parse((await run("analyze", "--plan", plan("basic"), "--environment", "production", "--format", "json")).out);
    expect(prod.blastRadius.score).toBeGreaterThan(plain.blastRadius.score);
  });

  it("renders text and markdown", async () => {
    const text = await run("analyze", "--plan", plan("multi"));
    expect(text.out).toMatch(/^Airlock: /);
    expect(text.out).toMatch(/Destructiveness\s+\d+\s+critical/);
    const markdown = await run("analyze", "--plan", plan("multi"), "--format", "markdown");
    expect(markdown.out).toContain("| Destructiveness |");
  });

  it.each([
    ["no input", ["analyze"]],
    ["a missing file", ["analyze", "--plan", "/nonexistent/plan.json"]],
    ["an unknown flag", ["analyze", "--plan", "x.json", "--frobnicate"]],
    ["a bad format", ["analyze", "--plan", plan("basic"), "--format", "yaml"]],
    ["--base without --head", ["analyze", "--base", "."]],
    ["an unknown command", ["deploy"]],
  ])("exits 2 on %s", async (_name, argv) => {
    const { code, err } = await run(...argv);
    expect(code).toBe(2);
    expect(err).toMatch(/^airlock: /);
  });

  it("runs as a command with the documented exit code", async () => {
    const exec = promisify(execFile);
    const bin = path.join(root, "src/cli/bin.ts");
    const result = await exec(process.execPath, ["--import", "tsx", bin, "analyze", "--plan", plan("no-changes")], { cwd: root }).catch((e) => e);
    expect(result.code ?? 0).toBe(0);
    const blocked = await exec(process.execPath, ["--import", "tsx", bin, "analyze", "--plan", plan("multi")], { cwd: root }).catch((e) => e);
    expect(blocked.code).toBe(1);
  });
});
