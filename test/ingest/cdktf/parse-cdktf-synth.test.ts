import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scoreDestructiveness } from "../../../src/analysis/scoring/index.js";
import { parseCdktfSynth } from "../../../src/ingest/cdktf/index.js";
import { nodeId } from "../../../src/model/dependency-graph.js";
import type { IngestResult } from "../../../src/model/ingest-result.js";
import type { ResourceChange } from "../../../src/model/resource-change.js";
import { changedFiles, databaseStack, removeSynthOutputs, synthApp, type SynthOutput } from "./synth-app.js";

afterAll(removeSynthOutputs);

function change(result: IngestResult, type: string): ResourceChange {
  const found = result.changes.find((c) => c.type === type);
  if (found === undefined) throw new Error(`no ${type} change in ${result.changes.map((c) => c.address).join(", ")}`);
  return found;
}

describe("parseCdktfSynth: one stack synthesized by cdktf, base vs head", () => {
  let base: SynthOutput;
  let head: SynthOutput;
  let result: IngestResult;

  beforeAll(async () => {
    base = synthApp((app) => databaseStack(app, "base"));
    head = synthApp((app) => databaseStack(app, "head"));
    result = await parseCdktfSynth({ files: changedFiles(base, head) });
  });

  it("reads only the stack file: the manifest did not change", () => {
    expect(changedFiles(base, head).map((f) => f.path)).toEqual(["infra/cdktf.out/stacks/MyStack/cdk.tf.json"]);
    expect(result.diagnostics).toEqual([]);
  });

  it("reports one cdktf root named after the stack, with the cdktf version from the file's metadata", () => {
    const version = (JSON.parse(base.get("manifest.json")!) as { version: string }).version;
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    expect(result.roots).toEqual([{ name: "MyStack", kind: "cdktf", tool: "cdktf", version, complete: true }]);
    for (const c of result.changes) {
      expect(c.root).toBe("MyStack");
      expect(c.node).toBe(nodeId("MyStack", c.address));
      expect(c.file).toBe("infra/cdktf.out/stacks/MyStack/cdk.tf.json");
    }
  });

  it("finds the removed Database as a delete, with the construct path from the base metadata", () => {
    const db = change(result, "aws_db_instance");
    expect(db).toMatchObject({ address: "aws_db_instance.Database", action: "delete", source: "hcl", certainty: "likely", constructPath: "MyStack/Database", after: null });
    expect(db.before).toMatchObject({ engine: "postgres", deletion_protection: true });
    expect(db.line).toBeGreaterThan(0);
  });

  it("maps a nested construct's hashed logical id back to its construct path", () => {
    const bucket = change(result, "aws_s3_bucket");
    expect(bucket.address).toMatch(/^aws_s3_bucket\.Logs_Bucket_[0-9A-F]{8}$/);
    expect(bucket).toMatchObject({ action: "update", constructPath: "MyStack/Logs/Bucket" });
    expect(bucket.before).toMatchObject({ bucket: "acme-logs", tags: { team: "data" } });
    expect(bucket.after).toMatchObject({ bucket: "acme-logs", tags: { team: "platform" } });
  });

  it("carries before/after of the deletion protection switched off, without cdktf's metadata", () => {
    const cluster = change(result, "aws_rds_cluster");
    expect(cluster).toMatchObject({ action: "update", constructPath: "MyStack/Cluster", before: { deletion_protection: true }, after: { deletion_protection: false } });
    expect(Object.keys(cluster.after ?? {})).not.toContain("//");
    expect(result.changes.map((c) => c.type).sort()).toEqual(["aws_db_instance", "aws_rds_cluster", "aws_s3_bucket"]);
  });

  it("does not treat the '//' metadata keys as configuration", () => {
    expect(result.configChanges).toEqual([]);
    const everyNode = [...result.graph.dependents.keys(), ...[...result.graph.dependents.values()].flat()];
    expect(everyNode.filter((n) => n.includes("//"))).toEqual([]);
  });

  it("builds graph edges from the references: the Cluster (head) and the removed Database (base) use the Network", () => {
    const dependents = result.graph.dependents.get(nodeId("MyStack", "aws_vpc.Network")) ?? [];
    expect(dependents).toContain(nodeId("MyStack", "aws_rds_cluster.Cluster"));
    expect(dependents).toContain(nodeId("MyStack", "aws_db_instance.Database"));
    expect(result.graph.resources.has(nodeId("MyStack", "aws_db_instance.Database"))).toBe(true);
  });

  it("scores the Database delete as critical, with the protection switched off as a reason", () => {
    const score = scoreDestructiveness(result);
    expect(score.tier).toBe("critical");
    expect(score.reasons[0]).toMatchObject({ rule: "destroy.stateful", address: "aws_db_instance.Database" });
    expect(score.reasons.some((r) => r.address === "aws_rds_cluster.Cluster" && r.rule.startsWith("protection."))).toBe(true);
  });

  it("reports no change when base and head are the same synth output", async () => {
    const files = [...head].map(([rel, text]) => ({ path: `infra/cdktf.out/${rel}`, base: text, head: text }));
    const same = await parseCdktfSynth({ files });
    expect(same.changes).toEqual([]);
    expect(same.configChanges).toEqual([]);
    expect(same.diagnostics).toEqual([]);
    expect(same.roots).toEqual([expect.objectContaining({ name: "MyStack", complete: true })]);
  });

  it("ignores a change of the metadata alone (the construct moved, its logical id did not)", async () => {
    const text = base.get("stacks/MyStack/cdk.tf.json")!;
    const moved = text.replace('"path": "MyStack/Database"', '"path": "MyStack/Storage/Database"');
    expect(moved).not.toBe(text);
    const only = await parseCdktfSynth({ files: [{ path: "infra/cdktf.out/stacks/MyStack/cdk.tf.json", base: text, head: moved }] });
    expect(only.changes).toEqual([]);
    expect(only.configChanges).toEqual([]);
  });
});
