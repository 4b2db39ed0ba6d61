import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SCENARIOS, writeScenarios } from "../../../fixtures/cdktf/scenarios.js";
import { parseCdktfSynth } from "../../../src/ingest/cdktf/index.js";
import { repoRoot } from "../../helpers/terraform.js";
import { changedFiles, readSynthOutput } from "./synth-app.js";

const fixturesDir = path.join(repoRoot, "fixtures/cdktf");

function listTree(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

async function summary(scenario: string): Promise<string[]> {
  const side = (name: string) => readSynthOutput(path.join(fixturesDir, scenario, name, "cdktf.out"));
  const result = await parseCdktfSynth({ files: changedFiles(side("base"), side("head"), `${scenario}/cdktf.out`) });
  expect(result.diagnostics).toEqual([]);
  return result.changes.map((c) => `${c.root}: ${c.action} ${c.address} (${c.constructPath})`).sort();
}

describe("fixtures/cdktf", () => {
  const out = mkdtempSync(path.join(tmpdir(), "airlock-cdktf-fixtures-"));
  beforeAll(() => writeScenarios(out));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it.each(Object.keys(SCENARIOS))("%s: regenerates byte for byte", (scenario) => {
    const committed = listTree(path.join(fixturesDir, scenario));
    expect(listTree(path.join(out, scenario))).toEqual(committed);
    for (const file of committed) {
      expect(readFileSync(path.join(out, scenario, file), "utf8"), file).toBe(readFileSync(path.join(fixturesDir, scenario, file), "utf8"));
    }
  });

  it("database-stack: the changes the README lists", async () => {
    const summaryLines = await summary("database-stack");
    expect(summaryLines).toHaveLength(3);
    expect(summaryLines[0]).toBe("MyStack: delete aws_db_instance.Database (MyStack/Database)");
    expect(summaryLines[1]).toBe("MyStack: update aws_rds_cluster.Cluster (MyStack/Cluster)");
    expect(summaryLines[2]).toMatch(/^MyStack: update aws_s3_bucket\.Logs_Bucket_[0-9A-F]{8} \(MyStack\/Logs\/Bucket\)$/);
  });

  it("cross-stack: the changes the README lists", async () => {
    expect(await summary("cross-stack")).toEqual([
      "Data: update aws_db_instance.Database (Data/Database)",
      "Jobs: delete aws_sqs_queue.Queue (Jobs/Queue)",
      "Net: replace aws_vpc.Network (Net/Network)",
    ]);
  });
});
