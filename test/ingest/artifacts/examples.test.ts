import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Stack } from "aws-cdk-lib";
import { afterEach, describe, expect, it } from "vitest";
import { artifactLimits, readPlanArtifact, unzipArtifact } from "../../../src/ingest/artifacts/index.js";
import { terraformEnv } from "../../helpers/terraform.js";
import { HEAD_SHA } from "./support/manifest.js";
import { describeWithCommands, exampleWorkflows, readWorkflow, runJob, type UploadedArtifact, type WorkflowStep } from "./support/run-workflow.js";

const BASE_SHA = "0f1e2d3c4b5a69788796a5b4c3d2e1f0ffeeddcc";
const context = {
  "github.event.pull_request.head.sha": HEAD_SHA,
  "github.event.pull_request.base.sha": BASE_SHA,
  "github.event.pull_request.number": "42",
};

const workspaces: string[] = [];
afterEach(() => {
  for (const dir of workspaces.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "airlock-example-"));
  workspaces.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** Reads an uploaded artifact the way Airlock does: unzip within the limits, then the manifests. */
function readUpload(upload: UploadedArtifact) {
  const unzipped = unzipArtifact({ artifact: upload.name, bytes: upload.zip, limits: artifactLimits(100 * 1024 * 1024) });
  const contents = readPlanArtifact({ artifact: { name: upload.name }, entries: unzipped.entries, headSha: HEAD_SHA });
  return { ...contents, diagnostics: [...unzipped.diagnostics, ...contents.diagnostics] };
}

function resourceActions(plan: unknown): string[] {
  const changes = (plan as { resource_changes?: { address: string; change: { actions: string[] } }[] }).resource_changes ?? [];
  return changes.map((c) => `${c.address}:${c.change.actions.join(",")}`);
}

describe("example plan workflows", () => {
  it.each(exampleWorkflows())("%s runs only on pull_request, reads only, and uploads an airlock-plan artifact of the head commit", (file) => {
    const { text, workflow } = readWorkflow(file);
    expect(Object.keys(workflow.on)).toEqual(["pull_request"]);
    expect(text).not.toContain("pull_request_target");
    expect(text).not.toMatch(/\$\{\{\s*secrets\./);
    expect(workflow.permissions).toEqual({ contents: "read" });
    const steps: WorkflowStep[] = Object.values(workflow.jobs).flatMap((j) => j.steps);
    for (const step of steps.filter((s) => s.run !== undefined)) expect(step.run, `step ${step.name}`).not.toContain("${{");
    const checkouts = steps.filter((s) => s.uses?.startsWith("actions/checkout@"));
    expect(checkouts[0]?.with).toMatchObject({ ref: "${{ github.event.pull_request.head.sha }}", "persist-credentials": false });
    const uploads = steps.filter((s) => s.uses?.startsWith("actions/upload-artifact@"));
    expect(uploads).toHaveLength(1);
    expect(uploads[0]!.uses).toBe("actions/upload-artifact@v4");
    expect(String(uploads[0]!.with?.name)).toMatch(/^airlock-plan-/);
    expect(Number(uploads[0]!.with?.["retention-days"])).toBeLessThanOrEqual(7);
    const jobEnv = Object.values(workflow.jobs)[0]!.env;
    expect(jobEnv?.HEAD_SHA).toBe("${{ github.event.pull_request.head.sha }}");
    expect(steps.some((s) => s.run?.includes("airlock-manifest.json") && s.run.includes('"$HEAD_SHA"'))).toBe(true);
  });
});

describeWithCommands("airlock-plan.yml and airlock-plan-opentofu.yml, run for real", ["terraform", "jq"], () => {
  const roots = {
    "envs/prod/main.tf": 'resource "terraform_data" "db" {\n  input = "prod"\n}\n',
    "envs/staging/main.tf": 'resource "terraform_data" "db" {\n  input = "staging"\n}\n\nresource "terraform_data" "cache" {}\n',
  };

  it("plans each matrix root into an airlock-plan-<root> artifact Airlock reads as a plan of the head commit", () => {
    const { workflow } = readWorkflow("airlock-plan.yml");
    // Each matrix entry is its own job on its own runner: a fresh checkout each.
    const uploads = (workflow.jobs.plan!.strategy?.matrix?.include ?? []).flatMap((entry) =>
      runJob(workflow, "plan", { workspace: workspace(roots), env: terraformEnv, context: { ...context, "matrix.root": entry.root!, "matrix.environment": entry.environment! } }),
    );
    expect(uploads.map((u) => u.name)).toEqual(["airlock-plan-envs-staging", "airlock-plan-envs-prod"]);
    const prod = readUpload(uploads[1]!);
    expect(prod.diagnostics).toEqual([]);
    expect(prod.manifests[0]!.manifest).toMatchObject({ root: "envs/prod", kind: "terraform-plan", tool: "terraform", workspace: "default", headSha: HEAD_SHA });
    expect(prod.plans.map((p) => [p.name, p.headSha, p.environment])).toEqual([["envs/prod", HEAD_SHA, "production"]]);
    expect(resourceActions(prod.plans[0]!.plan)).toEqual(["terraform_data.db:create"]);
    const staging = readUpload(uploads[0]!);
    expect(resourceActions(staging.plans[0]!.plan)).toEqual(["terraform_data.cache:create", "terraform_data.db:create"]);
  });

  it("writes an opentofu manifest (terraform standing in for tofu)", () => {
    const { workflow } = readWorkflow("airlock-plan-opentofu.yml");
    const dir = workspace(roots);
    const shims = path.join(dir, ".shims");
    mkdirSync(shims);
    writeFileSync(path.join(shims, "tofu"), '#!/usr/bin/env bash\nexec terraform "$@"\n');
    chmodSync(path.join(shims, "tofu"), 0o755);
    const [upload] = runJob(workflow, "plan", { workspace: dir, env: terraformEnv, path: [shims], context: { ...context, "matrix.root": "envs/prod", "matrix.environment": "production" } });
    const read = readUpload(upload!);
    expect(read.diagnostics).toEqual([]);
    expect(read.manifests[0]!.manifest).toMatchObject({ tool: "opentofu", kind: "terraform-plan" });
    expect(read.plans.map((p) => p.name)).toEqual(["envs/prod"]);
  });
});

describeWithCommands("airlock-plan-cdktf.yml, run for real on synthesized stacks", ["terraform", "jq"], () => {
  it("plans every stack under cdktf.out/stacks into one artifact with a folder per stack", () => {
    const { workflow } = readWorkflow("airlock-plan-cdktf.yml");
    const stack = (input: string) => JSON.stringify({ "//": { metadata: { stackName: input } }, resource: { terraform_data: { Thing: { input, "//": { metadata: { path: `${input}/Thing` } } } } } });
    const dir = workspace({ "infra/cdktf.out/stacks/dev/cdk.tf.json": stack("dev"), "infra/cdktf.out/stacks/prod/cdk.tf.json": stack("prod") });
    const [upload] = runJob(workflow, "plan", {
      workspace: dir,
      env: terraformEnv,
      context,
      skip: (s) => s.id === "synth",
      outputs: { synth: { version: "0.21.0" } },
    });
    expect(upload!.name).toBe("airlock-plan-infra");
    const read = readUpload(upload!);
    expect(read.diagnostics).toEqual([]);
    expect(read.plans.map((p) => p.name)).toEqual(["infra/cdktf.out/stacks/dev", "infra/cdktf.out/stacks/prod"]);
    expect(resourceActions(read.plans[1]!.plan)).toEqual(["terraform_data.Thing:create"]);
    expect(read.synthFiles.map((f) => f.path)).toEqual(["infra/cdktf.out/stacks/dev/cdk.tf.json", "infra/cdktf.out/stacks/prod/cdk.tf.json"]);
    expect(read.manifests[0]!.manifest).toMatchObject({ kind: "cdktf", tool: "cdktf", toolVersion: "0.21.0" });
  });
});

describeWithCommands("airlock-plan-aws-cdk.yml, run for real on cdk synth output", ["jq"], () => {
  async function synth(outdir: string, stacks: Record<string, (stack: Stack) => void>): Promise<void> {
    const cdk = await import("aws-cdk-lib");
    const app = new cdk.App({ outdir });
    for (const [name, build] of Object.entries(stacks)) build(new cdk.Stack(app, name));
    app.synth();
  }

  it("pairs the base and head templates of every stack in one artifact", async () => {
    const { aws_s3: s3, aws_sqs: sqs, RemovalPolicy } = await import("aws-cdk-lib");
    const dir = workspace({});
    await synth(path.join(dir, "base/infra/cdk.out"), {
      Data: (s) => {
        new s3.Bucket(s, "Archive", { removalPolicy: RemovalPolicy.RETAIN });
        new sqs.Queue(s, "Jobs");
      },
      Legacy: (s) => void new sqs.Queue(s, "Old"),
    });
    await synth(path.join(dir, "head/infra/cdk.out"), {
      Data: (s) => void new s3.Bucket(s, "Archive", { removalPolicy: RemovalPolicy.RETAIN }),
      Fresh: (s) => void new sqs.Queue(s, "New"),
    });
    const { workflow } = readWorkflow("airlock-plan-aws-cdk.yml");
    const [upload] = runJob(workflow, "synth", { workspace: dir, context, skip: (s) => s.run?.includes("npm ci") === true, outputs: { synth: { version: "2.1020.0" } } });
    expect(upload!.name).toBe("airlock-plan-infra");
    const read = readUpload(upload!);
    expect(read.diagnostics).toEqual([]);
    expect(read.templates.map((t) => [t.path, t.base !== undefined, t.head !== undefined])).toEqual([
      ["infra/cdk.out/Data.template.json", true, true],
      ["infra/cdk.out/Fresh.template.json", false, true],
      ["infra/cdk.out/Legacy.template.json", true, false],
    ]);
    const data = read.templates[0]!;
    const types = (t: unknown) => Object.values((t as { Resources: Record<string, { Type: string }> }).Resources).map((r) => r.Type).sort();
    expect(types(data.base)).toEqual(["AWS::S3::Bucket", "AWS::SQS::Queue"]);
    expect(types(data.head)).toEqual(["AWS::S3::Bucket"]);
    expect(read.synthFiles.map((f) => f.path)).toEqual(["infra/cdk.out/manifest.json"]);
    expect(read.manifests[0]!.manifest).toMatchObject({ kind: "cloudformation", tool: "aws-cdk", headSha: HEAD_SHA, root: "infra" });
  });
});
