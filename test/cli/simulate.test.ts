import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";

const root = path.resolve(import.meta.dirname, "../..");
const SNAPSHOT = path.join(root, "fixtures/snapshots/copilot-deletes-prod-db.json");

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

function temp(name: string, text: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "airlock-sim-")), name);
  writeFileSync(file, text);
  return file;
}

describe("airlock simulate", () => {
  it("replays the app's decision: a Copilot PR deleting a production database waits, the requester's approval does not count", async () => {
    const { code, out } = await run("simulate", SNAPSHOT, "--format", "json");
    expect(code).toBe(1);
    const verdict = JSON.parse(out);
    expect(verdict.agent).toMatchObject({ isAgent: true, name: "copilot", confidence: "verified", requester: "alice" });
    expect(verdict.destructiveness.tier).toBe("critical");
    expect(verdict.infra.environments).toContain("production");
    expect(verdict.gate).toMatchObject({ conclusion: "action_required", approvedBy: ["carol"], requiredApprovals: 2 });
    expect(verdict.gate.ignoredReviews).toEqual([expect.objectContaining({ login: "alice" })]);
    expect(verdict.labels).toEqual(expect.arrayContaining(["airlock/agent", "airlock/destructive:critical"]));
  });

  it("tries a config change before it is merged: one critical approval is enough with this config", async () => {
    const config = temp("airlock.yml", "approvals:\n  byTier:\n    none: 0\n    low: 1\n    medium: 1\n    high: 1\n    critical: 1\nplans:\n  require:\n    tiers: []\n    environmentTiers: []\n");
    const { code, out } = await run("simulate", SNAPSHOT, "--config", config, "--format", "json");
    expect(JSON.parse(out).gate.conclusion).toBe("success");
    expect(code).toBe(0);
  });

  it("shadow mode passes but says it would block", async () => {
    const snapshot = JSON.parse(readFileSync(SNAPSHOT, "utf8"));
    snapshot.config = "mode: shadow\n";
    const { code, out } = await run("simulate", temp("s.json", JSON.stringify(snapshot)), "--format", "json");
    expect(code).toBe(0);
    expect(JSON.parse(out).gate).toMatchObject({ conclusion: "success", wouldBlock: true, mode: "shadow" });
    expect(JSON.parse(out).labels).toContain("airlock/would-block");
  });

  it("exits 2 with the key path when the config is invalid", async () => {
    const config = temp("airlock.yml", "approvals:\n  byTier:\n    high: two\n");
    const { code, err } = await run("simulate", SNAPSHOT, "--config", config);
    expect(code).toBe(2);
    expect(err).toContain("approvals.byTier.high");
    expect(err).toMatch(/airlock\.yml:3/);
  });

  it("exits 2 with a JSON path when the snapshot is malformed", async () => {
    const snapshot = JSON.parse(readFileSync(SNAPSHOT, "utf8"));
    snapshot.pullRequest.author.id = "198982749";
    const { code, err } = await run("simulate", temp("s.json", JSON.stringify(snapshot)));
    expect(code).toBe(2);
    expect(err).toContain("pullRequest.author.id");
  });

  it("validate-config reports a valid file and an invalid one", async () => {
    expect((await run("validate-config", path.join(root, "fixtures/config/valid/full.yml"))).code).toBe(0);
    const bad = await run("validate-config", temp("airlock.yml", "mode: maybe\n"));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("mode");
  });
});
