import { Construct } from "constructs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { parseCdktfSynth } from "../../../src/ingest/cdktf/index.js";
import { parseTerraformPlan } from "../../../src/ingest/terraform-plan/index.js";
import type { IngestResult } from "../../../src/model/ingest-result.js";
import { describeWithTerraform, terraformEnv } from "../../helpers/terraform.js";
import { changedFiles, removeSynthOutputs, resource, stack, synthApp, type SynthOutput } from "./synth-app.js";

afterAll(removeSynthOutputs);

function terraform(cwd: string, args: string[]): string {
  const run = spawnSync("terraform", args, { cwd, env: terraformEnv, encoding: "utf8", timeout: 120_000 });
  if (run.status !== 0) throw new Error(`terraform ${args.join(" ")} failed: ${run.stderr}`);
  return run.stdout;
}

describeWithTerraform("cdktf synth output planned by terraform", () => {
  let synth: SynthOutput & { outdir: string };
  let fromSynth: IngestResult;
  let fromPlan: IngestResult;

  beforeAll(async () => {
    synth = synthApp((app) => {
      const s = stack(app, "Pipeline");
      const seed = resource(s, "Seed", "terraform_data", { input: "v1" });
      const stage = new Construct(s, "Stage");
      resource(stage, "Worker", "terraform_data", { input: seed.getStringAttribute("output"), triggers_replace: ["a"] });
    });
    const dir = path.join(synth.outdir, "stacks", "Pipeline");
    terraform(dir, ["init", "-input=false", "-no-color"]);
    terraform(dir, ["plan", "-input=false", "-no-color", "-out=plan.bin"]);
    fromPlan = parseTerraformPlan({ name: "Pipeline", text: terraform(dir, ["show", "-json", "plan.bin"]) });
    fromSynth = await parseCdktfSynth({ files: changedFiles(null, synth) });
  });

  it("plans the logical ids of cdk.tf.json as Terraform addresses", () => {
    expect(fromPlan.diagnostics.filter((d) => d.level === "error")).toEqual([]);
    const planned = fromPlan.changes.map((c) => `${c.action} ${c.address}`).sort();
    expect(planned).toEqual(fromSynth.changes.map((c) => `${c.action} ${c.address}`).sort());
    expect(planned).toContainEqual(expect.stringMatching(/^create terraform_data\.Stage_Worker_[0-9A-F]{8}$/));
    expect(planned).toHaveLength(2);
  });

  it("lets the plan's changes be matched to construct paths by address and root", () => {
    const paths = new Map(fromSynth.changes.map((c) => [`${c.root} ${c.address}`, c.constructPath]));
    const named = fromPlan.changes.map((c) => paths.get(`${c.root} ${c.address}`)).sort();
    expect(named).toEqual(["Pipeline/Seed", "Pipeline/Stage/Worker"]);
  });

  it("agrees with the plan on the dependency between the resources", () => {
    const seed = fromSynth.changes.find((c) => c.constructPath === "Pipeline/Seed")!;
    const worker = fromSynth.changes.find((c) => c.constructPath === "Pipeline/Stage/Worker")!;
    expect(fromSynth.graph.dependents.get(seed.node)).toContain(worker.node);
    expect(fromPlan.graph.dependents.get(seed.node)).toContain(worker.node);
  });
});
