import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countDependents } from "../../../src/analysis/scoring/index.js";
import { parseCdktfSynth } from "../../../src/ingest/cdktf/index.js";
import { nodeId } from "../../../src/model/dependency-graph.js";
import type { IngestResult } from "../../../src/model/ingest-result.js";
import { changedFiles, crossStack, removeSynthOutputs, resource, stack, synthApp, type SynthOutput } from "./synth-app.js";

afterAll(removeSynthOutputs);

describe("parseCdktfSynth: several stacks with a cross-stack reference", () => {
  let base: SynthOutput;
  let head: SynthOutput;
  let result: IngestResult;

  beforeAll(async () => {
    base = synthApp((app) => crossStack(app, "base"));
    head = synthApp((app) => crossStack(app, "head"));
    result = await parseCdktfSynth({ files: changedFiles(base, head) });
  });

  it("gives each changed stack its own root, and a removed stack's resources are deletes", () => {
    expect(changedFiles(base, head).map((f) => f.path)).toEqual([
      "infra/cdktf.out/manifest.json",
      "infra/cdktf.out/stacks/Data/cdk.tf.json",
      "infra/cdktf.out/stacks/Jobs/cdk.tf.json",
      "infra/cdktf.out/stacks/Net/cdk.tf.json",
    ]);
    expect(result.roots.map((r) => [r.name, r.kind, r.complete])).toEqual([
      ["Data", "cdktf", true],
      ["Jobs", "cdktf", true],
      ["Net", "cdktf", true],
    ]);
    expect(result.changes.map((c) => `${c.root} ${c.action} ${c.address} ${c.constructPath}`).sort()).toEqual([
      "Data update aws_db_instance.Database Data/Database",
      "Jobs delete aws_sqs_queue.Queue Jobs/Queue",
      "Net replace aws_vpc.Network Net/Network",
    ]);
    expect(result.diagnostics.filter((d) => d.level !== "info")).toEqual([]);
  });

  it("links the consuming stack to the producing stack's outputs, so blast radius crosses stacks", () => {
    const reader = nodeId("Data", "data.terraform_remote_state.cross-stack-reference-input-Net");
    const output = [...result.graph.dependents.keys()].find((n) => n.startsWith("Net#output."));
    expect(output).toBeDefined();
    expect(result.graph.dependents.get(output!)).toContain(reader);
    const reached = countDependents(result.graph, [nodeId("Net", "aws_vpc.Network")]);
    expect(reached.count).toBeGreaterThanOrEqual(2);
    expect(result.graph.dependents.get(reader)).toContain(nodeId("Data", "aws_db_instance.Database"));
  });

  it("does not link stacks the manifest does not make dependent", () => {
    const jobsEdges = [...result.graph.dependents].filter(([to, froms]) => to.startsWith("Net#") && froms.some((f) => f.startsWith("Jobs#")));
    expect(jobsEdges).toEqual([]);
  });
});

describe("parseCdktfSynth: the same stack name in two cdktf projects", () => {
  it("qualifies the roots by their stack folders so their graphs do not mix", async () => {
    const one = synthApp((a) => resource(stack(a, "App"), "Queue", "aws_sqs_queue", { name: "one" }));
    const two = synthApp((a) => resource(stack(a, "App"), "Topic", "aws_sns_topic", { name: "two" }));
    const result = await parseCdktfSynth({
      files: [...changedFiles(null, one, "svc-a/cdktf.out"), ...changedFiles(null, two, "svc-b/cdktf.out")],
    });
    expect(result.roots.map((r) => r.name)).toEqual(["svc-a/cdktf.out/stacks/App", "svc-b/cdktf.out/stacks/App"]);
    expect(result.changes.map((c) => c.node).sort()).toEqual(["svc-a/cdktf.out/stacks/App#aws_sqs_queue.Queue", "svc-b/cdktf.out/stacks/App#aws_sns_topic.Topic"]);
  });
});
