import { beforeAll, describe, expect, it } from "vitest";
import { diffCloudFormation, pairCloudAssemblies, readCloudAssembly } from "../../../src/ingest/cloudformation/index.js";
import { synthesizeAssembly } from "./cdk-assemblies.js";
import { actionsByAddress } from "./summarize.js";

const json = (value: unknown) => JSON.stringify(value);
const stackArtifact = (templateFile: unknown, extra: Record<string, unknown> = {}) => ({ type: "aws:cloudformation:stack", properties: { templateFile }, ...extra });
const queueTemplate = json({ Resources: { Q: { Type: "AWS::SQS::Queue" } } });

function codes(diagnostics: { code?: string; level: string; path?: string }[]) {
  return diagnostics.map((d) => [d.level, d.code, d.path]);
}

describe("readCloudAssembly on a synthesized cdk.out", () => {
  let files: Map<string, string>;
  beforeAll(() => {
    files = synthesizeAssembly("head");
  });

  it("lists every stack with its template, environment and construct paths", () => {
    const { stacks, diagnostics } = readCloudAssembly({ files });
    expect(diagnostics).toEqual([]);
    const rds = stacks.find((s) => s.name === "RdsReplace");
    expect(rds).toMatchObject({ artifactId: "RdsReplace", templatePath: "cdk.out/RdsReplace.template.json", environment: "aws://unknown-account/unknown-region", nested: [] });
    expect(rds?.constructPaths.Database).toBe("/RdsReplace/Database");
  });

  it("finds nested stack templates through the asset hash of their TemplateURL", () => {
    const nested = readCloudAssembly({ files }).stacks.find((s) => s.name === "Nested");
    expect(nested?.nested).toEqual([{ logicalId: "InnerNestedStackInnerNestedStackResource745E041B", templatePath: "cdk.out/NestedInner4756BC60.nested.template.json", nested: [] }]);
    expect(nested?.nestedTemplates).toEqual(["cdk.out/NestedInner4756BC60.nested.template.json"]);
  });
});

describe("readCloudAssembly on hand-made trees", () => {
  it("reads nested assemblies (CDK Stages), nested stacks named by aws:asset:path, and takes the top manifest", () => {
    const files = new Map([
      ["out/manifest.json", json({ artifacts: { App: stackArtifact("App.template.json"), Stage: { type: "cdk:cloud-assembly", properties: { directoryName: "assembly-Prod" } } } })],
      ["out/App.template.json", json({ Resources: { Child: { Type: "AWS::CloudFormation::Stack", Metadata: { "aws:asset:path": "AppChild.nested.template.json" } } } })],
      ["out/AppChild.nested.template.json", queueTemplate],
      ["out/assembly-Prod/manifest.json", json({ artifacts: { ProdDb: stackArtifact("ProdDb.template.json", { displayName: "Prod/Db", environment: "aws://123456789012/eu-west-1" }) } })],
      ["out/assembly-Prod/ProdDb.template.json", queueTemplate],
    ]);
    const { stacks, diagnostics } = readCloudAssembly({ files });
    expect(diagnostics).toEqual([]);
    expect(stacks.map((s) => [s.name, s.templatePath, s.nestedTemplates])).toEqual([
      ["App", "out/App.template.json", ["out/AppChild.nested.template.json"]],
      ["Prod/Db", "out/assembly-Prod/ProdDb.template.json", []],
    ]);
    expect(stacks[1]?.environment).toBe("aws://123456789012/eu-west-1");
  });

  it.each([
    ["no manifest", new Map([["cdk.out/App.template.json", queueTemplate]]), [["error", "cfn.assembly-no-manifest", undefined]]],
    ["a manifest that is not JSON", new Map([["manifest.json", "{"]]), [["error", "cfn.not-json", undefined], ["error", "cfn.assembly-invalid-manifest", "artifacts"]]],
    ["a missing template", new Map([["manifest.json", json({ artifacts: { App: stackArtifact("App.template.json") } })]]), [["error", "cfn.assembly-missing-template", "artifacts.App.properties.templateFile"]]],
    [
      "a template path leaving the assembly",
      new Map([["cdk.out/manifest.json", json({ artifacts: { App: stackArtifact("../secrets.json") } })], ["secrets.json", "{}"]]),
      [["error", "cfn.assembly-invalid-stack", "artifacts.App.properties.templateFile"]],
    ],
    [
      "a nested stack whose template cannot be found",
      new Map([
        ["manifest.json", json({ artifacts: { App: stackArtifact("App.template.json") } })],
        ["App.template.json", json({ Resources: { Child: { Type: "AWS::CloudFormation::Stack", Properties: { TemplateURL: "https://example.com/x.json" } } } })],
      ]),
      [["warning", "cfn.assembly-nested-unresolved", "Resources.Child"]],
    ],
  ])("reports %s", (_name, files, expected) => {
    expect(codes(readCloudAssembly({ files }).diagnostics)).toEqual(expected);
  });
});

describe("pairCloudAssemblies", () => {
  const manifest = (...stacks: string[]) => json({ artifacts: Object.fromEntries(stacks.map((s) => [s, stackArtifact(`${s}.template.json`)])) });

  it("pairs stacks by name: a stack only in head is created, one only in base is removed", () => {
    const base = new Map([["cdk.out/manifest.json", manifest("Old")], ["cdk.out/Old.template.json", queueTemplate]]);
    const head = new Map([["cdk.out/manifest.json", manifest("New")], ["cdk.out/New.template.json", queueTemplate]]);
    const paired = pairCloudAssemblies({ base, head });
    const result = diffCloudFormation({ templates: paired.templates });
    expect(result.changes.map((c) => [c.root, c.address, c.action, c.line])).toEqual([
      ["New", "Q", "create", 1],
      ["Old", "Q", "delete", 1],
    ]);
  });

  it("treats a side without an assembly as empty", () => {
    const head = new Map([["cdk.out/manifest.json", manifest("New")], ["cdk.out/New.template.json", queueTemplate]]);
    expect(actionsByAddress(diffCloudFormation(pairCloudAssemblies({ base: null, head })))).toEqual({ Q: "create" });
  });

  it("leaves out a stack whose template cannot be parsed, instead of showing it as removed", () => {
    const base = new Map([["cdk.out/manifest.json", manifest("App")], ["cdk.out/App.template.json", queueTemplate]]);
    const head = new Map([["cdk.out/manifest.json", manifest("App")], ["cdk.out/App.template.json", '{"Resources": {']]);
    const paired = pairCloudAssemblies({ base, head });
    expect(paired.templates).toEqual([]);
    expect(codes(paired.diagnostics)).toEqual([["error", "cfn.truncated", undefined]]);
  });
});
