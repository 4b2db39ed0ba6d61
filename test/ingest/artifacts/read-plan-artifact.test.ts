import { describe, expect, it } from "vitest";
import { artifactLimits, readPlanArtifact, rootKey, unzipArtifact } from "../../../src/ingest/artifacts/index.js";
import { aManifest, entriesOf, HEAD_SHA, realPlanText } from "./support/manifest.js";
import { zipOf } from "./support/zip.js";

const ORIGIN = { name: "airlock-plan-envs", digest: `sha256:${"ab".repeat(32)}`, workflow: ".github/workflows/airlock-plan.yml", runId: 99 };

function read(files: Record<string, string>, extra: { claimedRoots?: Set<string>; headSha?: string } = {}) {
  return readPlanArtifact({ artifact: ORIGIN, entries: entriesOf(files), headSha: extra.headSha ?? HEAD_SHA, claimedRoots: extra.claimedRoots });
}

describe("readPlanArtifact", () => {
  it("reads a zip with one folder per root into plans with their origin, digest and environment", () => {
    const basic = realPlanText("basic");
    const replace = realPlanText("replace");
    const zip = zipOf({
      "envs-prod/airlock-manifest.json": aManifest(),
      "envs-prod/plan.json": basic,
      "envs-staging/airlock-manifest.json": aManifest({ root: "envs/staging", environment: "staging", tool: "opentofu", toolVersion: "1.9.0" }),
      "envs-staging/plan.json": replace,
    });
    const { entries, diagnostics } = unzipArtifact({ artifact: ORIGIN.name, bytes: zip, limits: artifactLimits(100 * 1024 * 1024) });
    expect(diagnostics).toEqual([]);
    const result = readPlanArtifact({ artifact: ORIGIN, entries, headSha: HEAD_SHA.toUpperCase() });
    expect(result.diagnostics).toEqual([]);
    expect(result.staleRoots).toEqual([]);
    expect(result.plans).toEqual([
      { name: "envs/prod", headSha: HEAD_SHA, environment: "production", plan: JSON.parse(basic), origin: { artifact: ORIGIN.name, digest: ORIGIN.digest, workflow: ORIGIN.workflow, runId: 99 } },
      { name: "envs/staging", headSha: HEAD_SHA, environment: "staging", plan: JSON.parse(replace), origin: { artifact: ORIGIN.name, digest: ORIGIN.digest, workflow: ORIGIN.workflow, runId: 99 } },
    ]);
    expect(result.manifests.map((m) => [m.entry, m.manifest.tool])).toEqual([
      ["envs-prod/airlock-manifest.json", "terraform"],
      ["envs-staging/airlock-manifest.json", "opentofu"],
    ]);
  });

  it("reads a manifest at the top of the artifact (upload-artifact of one root's folder)", () => {
    const result = read({ "airlock-manifest.json": aManifest({ root: ".", environment: undefined }), "plan.json": realPlanText("no-changes") });
    expect(result.diagnostics).toEqual([]);
    expect(result.plans.map((p) => [p.name, p.environment])).toEqual([[".", undefined]]);
  });

  it("refuses an invalid manifest with the path of each problem", () => {
    const result = read({ "d/airlock-manifest.json": aManifest({ headSha: "HEAD", kind: "terraform-plan", tool: "aws-cdk", plan: "../plan.json", extra: 1 }), "d/plan.json": "{}" });
    expect(result.plans).toEqual([]);
    expect(result.diagnostics.map((d) => [d.path, d.message])).toEqual([
      ["headSha", "manifest d/airlock-manifest.json is invalid at headSha: expected the 40-hex-digit commit SHA the plan was made at"],
      ["plan", 'manifest d/airlock-manifest.json is invalid at plan: expected a relative path of a file in the artifact, next to the manifest, but its name climbs out of the artifact with ".."'],
      ["extra", "manifest d/airlock-manifest.json is invalid at extra: unknown key"],
      ["tool", "manifest d/airlock-manifest.json is invalid at tool: expected terraform or opentofu for kind terraform-plan"],
    ]);
    expect(result.diagnostics.every((d) => d.level === "error" && d.code === "artifact.manifest-invalid" && d.file === `${ORIGIN.name}/d/airlock-manifest.json`)).toBe(true);
  });

  it("checks that the tool fits the kind and that the kind's files are listed", () => {
    const result = read({ "airlock-manifest.json": aManifest({ tool: "aws-cdk", plan: undefined }) });
    expect(result.diagnostics.map((d) => [d.path, d.message.split(": ").slice(1).join(": ")])).toEqual([
      ["tool", "expected terraform or opentofu for kind terraform-plan"],
      ["plan", "expected the plan file (terraform show -json output) for kind terraform-plan"],
    ]);
  });

  it("treats a manifest written for another commit as stale and does not read its plan", () => {
    const other = "0".repeat(40);
    const result = read({ "airlock-manifest.json": aManifest({ headSha: other }), "plan.json": realPlanText() });
    expect(result.plans).toEqual([]);
    expect(result.staleRoots).toEqual(["envs/prod"]);
    expect(result.diagnostics).toEqual([
      {
        level: "error",
        file: `${ORIGIN.name}/airlock-manifest.json`,
        code: "artifact.stale",
        message: "manifest airlock-manifest.json is for commit 0000000, not the pull request head a1b2c3d: its plan of envs/prod is stale",
      },
    ]);
  });

  it("reports a plan that is not JSON with its line and column, and never quotes it", () => {
    const result = read({ "airlock-manifest.json": aManifest(), "plan.json": '{\n  "format_version": "1.2",\n  "secret": "hunter2" oops\n}' });
    expect(result.plans).toEqual([]);
    expect(result.diagnostics).toEqual([
      { level: "error", file: `${ORIGIN.name}/plan.json`, code: "artifact.not-json", line: 3, column: 23, message: "entry plan.json is not valid JSON: syntax error at line 3, column 23" },
    ]);
  });

  it("reports a listed file the artifact does not hold, and an artifact without a manifest", () => {
    expect(read({ "airlock-manifest.json": aManifest() }).diagnostics.map((d) => [d.code, d.message])).toEqual([
      ["artifact.entry-missing", "manifest airlock-manifest.json lists plan.json, which the artifact does not hold (or which was refused)"],
    ]);
    expect(read({ "plan.json": "{}" }).diagnostics.map((d) => [d.code, d.message])).toEqual([
      ["artifact.no-manifest", `artifact ${ORIGIN.name} holds no airlock-manifest.json, so Airlock cannot tell what it contains`],
    ]);
  });

  it("keeps one plan per root and workspace: two workspaces are two plans, a repeat is an error", () => {
    const plan = realPlanText("no-changes");
    const result = read({
      "a/airlock-manifest.json": aManifest(),
      "a/plan.json": plan,
      "b/airlock-manifest.json": aManifest({ workspace: "blue" }),
      "b/plan.json": plan,
      "c/airlock-manifest.json": aManifest(),
      "c/plan.json": plan,
    });
    expect(result.plans).toHaveLength(2);
    expect(result.manifests.map((m) => m.manifest.workspace)).toEqual(["default", "blue"]);
    expect(result.diagnostics.map((d) => [d.code, d.file])).toEqual([["artifact.duplicate-root", `${ORIGIN.name}/c/airlock-manifest.json`]]);
    const again = read({ "airlock-manifest.json": aManifest(), "plan.json": plan }, { claimedRoots: new Set([rootKey({ root: "envs/prod", workspace: "default" })]) });
    expect(again.plans).toEqual([]);
    expect(again.diagnostics.map((d) => d.code)).toEqual(["artifact.duplicate-root"]);
  });

  it("pairs base and head CloudFormation templates and reports them under the root", () => {
    const base = { Resources: { Db: { Type: "AWS::RDS::DBInstance", DeletionPolicy: "Snapshot" } } };
    const head = { Resources: {} };
    const added = { Resources: { Queue: { Type: "AWS::SQS::Queue" } } };
    const result = read({
      "infra/airlock-manifest.json": aManifest({
        root: "infra",
        kind: "cloudformation",
        tool: "aws-cdk",
        toolVersion: "2.1020.0",
        plan: undefined,
        templates: [{ path: "cdk.out/Db.template.json", base: "base/Db.template.json", head: "head/Db.template.json" }, "cdk.out/Queue.template.json"],
      }),
      "infra/base/Db.template.json": JSON.stringify(base),
      "infra/head/Db.template.json": JSON.stringify(head),
      "infra/cdk.out/Queue.template.json": JSON.stringify(added),
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.plans).toEqual([]);
    expect(result.templates).toEqual([
      { path: "infra/cdk.out/Db.template.json", base, head },
      { path: "infra/cdk.out/Queue.template.json", head: added },
    ]);
  });

  it("reads CDK for Terraform synth files as text next to the stack's plan", () => {
    const synth = JSON.stringify({ resource: { terraform_data: { Thing: { input: "x" } } } });
    const result = read({
      "app/airlock-manifest.json": aManifest({ root: "app/cdktf.out/stacks/dev", kind: "cdktf", tool: "cdktf", toolVersion: "0.21.0", synth: ["cdk.tf.json"] }),
      "app/plan.json": realPlanText("no-changes"),
      "app/cdk.tf.json": synth,
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.plans.map((p) => p.name)).toEqual(["app/cdktf.out/stacks/dev"]);
    expect(result.synthFiles).toEqual([{ path: "app/cdktf.out/stacks/dev/cdk.tf.json", text: synth }]);
  });
});
