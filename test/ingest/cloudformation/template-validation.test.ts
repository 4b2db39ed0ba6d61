import { describe, expect, it } from "vitest";
import { CFN_LIMITS, diffCloudFormation } from "../../../src/ingest/cloudformation/index.js";
import type { Diagnostic } from "../../../src/model/index.js";
import { actionsByAddress, changeAt } from "./summarize.js";

const queue = (name = "q") => ({ Type: "AWS::SQS::Queue", Properties: { QueueName: name } });

function queues(count: number): Record<string, unknown> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`Q${i}`, queue(`q${i}`)]));
}

function nested(depth: number): unknown {
  let value: unknown = "leaf";
  for (let i = 0; i < depth; i += 1) value = { Key: [value] };
  return value;
}

const diffHead = (head: unknown, base: unknown = null) => diffCloudFormation({ templates: [{ path: "infra/app.template.json", stack: "App", base, head }] });

const errorsOf = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.level === "error").map((d) => ({ code: d.code, path: d.path }));

describe("values that are not usable templates", () => {
  const cases: [string, unknown, string, string | undefined][] = [
    ["an array", [1, 2], "cfn.not-template", undefined],
    ["a string", "Resources:", "cfn.not-template", undefined],
    ["no Resources", { AWSTemplateFormatVersion: "2010-09-09" }, "cfn.no-resources", "Resources"],
    ["Resources as a list", { Resources: [] }, "cfn.no-resources", "Resources"],
    ["a resource that is not an object", { Resources: { Db: "x" } }, "cfn.invalid-resource", "Resources.Db"],
    ["a Type that is not a string", { Resources: { Db: { Type: 5 } } }, "cfn.invalid-type", "Resources.Db.Type"],
    ["no Type", { Resources: { Db: { Properties: {} } } }, "cfn.invalid-type", "Resources.Db.Type"],
    ["Properties as a list", { Resources: { Db: { Type: "AWS::RDS::DBInstance", Properties: [] } } }, "cfn.invalid-properties", "Resources.Db.Properties"],
    ["a logical ID that is not alphanumeric", { Resources: { "my-db": queue() } }, "cfn.invalid-logical-id", 'Resources["my-db"]'],
    ["a __proto__ logical ID", JSON.parse('{"Resources": {"__proto__": {"Type": "AWS::SQS::Queue"}}}'), "cfn.invalid-logical-id", 'Resources.__proto__'],
    ["more resources than the limit", { Resources: queues(CFN_LIMITS.maxResourcesPerTemplate + 1) }, "cfn.too-many-resources", "Resources"],
    ["nesting past the limit", { Resources: { Deep: { Type: "AWS::SQS::Queue", Properties: { Tags: nested(CFN_LIMITS.maxDepth + 5) } } } }, "cfn.too-deep", "Resources.Deep"],
    ["a macro transform", { Transform: "Acme::Expander", Resources: { Q: queue() } }, "cfn.transform-macro", "Transform"],
  ];

  it.each(cases)("%s: an error with its JSON path, and the stack incomplete", (_name, value, code, path) => {
    for (const result of [diffHead(value), diffHead({ Resources: { Q: queue() } }, value)]) {
      expect(errorsOf(result.diagnostics)).toContainEqual({ code, path });
      expect(result.diagnostics.every((d) => d.file === "infra/app.template.json")).toBe(true);
      expect(result.roots).toMatchObject([{ name: "App", kind: "cloudformation", complete: false }]);
    }
  });

  it("still diffs the valid resources next to an invalid one", () => {
    const result = diffHead({ Resources: { Good: queue(), Bad: { Type: 7 } } });
    expect(actionsByAddress(result)).toEqual({ Good: "create" });
    expect(result.roots[0]?.complete).toBe(false);
  });

  it("stops on a cyclic object instead of recursing forever", () => {
    const resource: Record<string, unknown> = { Type: "AWS::SQS::Queue", Properties: {} };
    (resource.Properties as Record<string, unknown>).Self = resource;
    const result = diffHead({ Resources: { Loop: resource } });
    expect(errorsOf(result.diagnostics)).toEqual([{ code: "cfn.too-deep", path: "Resources.Loop" }]);
  });

  it("refuses templates past the per-call resource budget, and only those", () => {
    const big = { Resources: queues(4_500) };
    const templates = Array.from({ length: 3 }, (_, i) => ({ path: `s${i}.template.json`, base: big, head: big }));
    const result = diffCloudFormation({ templates });
    expect(result.roots.map((r) => r.complete)).toEqual([true, true, false]);
    expect(errorsOf(result.diagnostics)).toEqual([{ code: "cfn.too-many-resources", path: "Resources" }]);
    expect(result.changes).toEqual([]);
  });
});

describe("resources the diff library cannot read", () => {
  it("reports a policy without a document as unknown, not as unchanged", () => {
    const policy = (name: string) => ({ Type: "AWS::IAM::Policy", Properties: { PolicyName: name, Roles: ["r"] } });
    const result = diffHead({ Resources: { P: policy("b") } }, { Resources: { P: policy("a") } });
    expect(errorsOf(result.diagnostics)).toEqual([{ code: "cfn.diff-failed", path: "Resources.P" }]);
    expect(changeAt(result, "P")).toMatchObject({ action: "update", certainty: "possible" });
    expect(result.roots[0]?.complete).toBe(false);
  });

  it("survives keys that shadow Object.prototype methods", () => {
    const bucket = (value: number) => JSON.parse(`{"Type": "AWS::S3::Bucket", "Properties": {"hasOwnProperty": ${value}, "constructor": 1}}`) as unknown;
    const result = diffHead({ Resources: { B: bucket(2) } }, { Resources: { B: bucket(1) } });
    expect(changeAt(result, "B").action).toBe("update");
  });
});

describe("findings that do not stop the diff", () => {
  it("warns about AWS transforms, undeclared references and non-literal policies, and stays complete", () => {
    const head = {
      Transform: "AWS::Serverless-2016-10-31",
      Resources: {
        Fn: { Type: "AWS::SQS::Queue", Properties: { RedrivePolicy: { deadLetterTargetArn: { "Fn::GetAtt": ["Missing", "Arn"] } } }, DeletionPolicy: { "Fn::If": ["C", "Retain", "Delete"] } },
      },
    };
    const result = diffHead(head);
    expect(result.diagnostics.map((d) => [d.level, d.code, d.path])).toEqual([
      ["warning", "cfn.policy-not-literal", "Resources.Fn.DeletionPolicy"],
      ["warning", "cfn.transform", "Transform"],
      ["warning", "cfn.unknown-reference", "Resources.Fn"],
    ]);
    expect(result.roots[0]?.complete).toBe(true);
  });

  it("reports nothing for a stack absent on both sides", () => {
    const result = diffCloudFormation({ templates: [{ path: "gone.template.json", base: null, head: undefined }] });
    expect(result).toMatchObject({ changes: [], diagnostics: [], roots: [{ name: "gone", complete: true, tool: "cloudformation" }] });
  });

  it("names roots after their files, and keeps them apart when two files share a name", () => {
    const t = { Resources: { Q: queue() } };
    const result = diffCloudFormation({
      templates: [
        { path: "a/cdk.out/Db.template.json", base: null, head: t },
        { path: "b/cdk.out/Db.template.json", base: null, head: t },
        { path: "infra/network.yaml", base: null, head: t },
      ],
    });
    expect(result.roots.map((r) => r.name)).toEqual(["a/cdk.out/Db", "b/cdk.out/Db", "network"]);
    expect(new Set(result.changes.map((c) => c.node)).size).toBe(3);
  });

  it("treats an unknown DeletionPolicy value as Delete, and says so", () => {
    const result = diffHead({ Resources: {} }, { Resources: { Q: { ...queue(), DeletionPolicy: "retain" } } });
    expect(changeAt(result, "Q")).toMatchObject({ action: "delete" });
    expect(changeAt(result, "Q").reasons).toEqual([expect.stringMatching(/^DeletionPolicy "retain" is not a value CloudFormation knows: treated as Delete/)]);
  });
});

describe("changes the AWS resource specification does not describe", () => {
  it("reports a custom resource's property change as an update, saying its replacement is unknown", () => {
    const custom = (size: number) => ({ Resources: { Seed: { Type: "Custom::DatabaseSeed", Properties: { ServiceToken: "arn:aws:lambda:eu-west-1:1:function:seed", Size: size } } } });
    const result = diffHead(custom(2), custom(1));
    expect(changeAt(result, "Seed")).toMatchObject({ action: "update", certainty: "certain" });
    expect(changeAt(result, "Seed").reasons).toEqual(["Size changes (not in the AWS resource specification: whether it forces a replacement is unknown)"]);
  });
});

describe("a resource whose Type changes", () => {
  it("is a replacement forced by its Type", () => {
    const result = diffHead({ Resources: { Feed: { Type: "AWS::SNS::Topic" } } }, { Resources: { Feed: queue() } });
    expect(changeAt(result, "Feed")).toMatchObject({ action: "replace", type: "AWS::SNS::Topic", replacement: { paths: [["Type"]], order: "create-first" } });
    expect(changeAt(result, "Feed").reasons[0]).toBe("Type changes from AWS::SQS::Queue to AWS::SNS::Topic, which requires replacement");
  });
});

describe("inputs that are not template pairs at all", () => {
  it("reports instead of throwing", () => {
    const garbage = [null, 42, { path: 7, base: null, head: { Resources: {} }, nested: { Child: "x", Other: { path: 1, base: null, head: { Resources: { Q: queue() } } } } }];
    const result = diffCloudFormation({ templates: garbage as never });
    expect(result.roots.map((r) => r.complete)).toEqual([false, false, false]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(["cfn.invalid-input", "cfn.invalid-input", "cfn.invalid-input", "cfn.nested-without-stack"]);
    expect(result.changes.map((c) => [c.address, c.action, c.file])).toEqual([["Other/Q", "create", "template (nested Other)"]]);
    expect(diffCloudFormation({ templates: "nope" as never }).roots).toEqual([]);
  });

  it("reports a Fn::ForEach loop as unknown", () => {
    const result = diffHead({ Transform: "AWS::LanguageExtensions", Resources: { "Fn::ForEach::Topics": ["Name", ["A", "B"], { "${Name}": { Type: "AWS::SNS::Topic" } }] } });
    expect(errorsOf(result.diagnostics)).toEqual([{ code: "cfn.foreach", path: 'Resources["Fn::ForEach::Topics"]' }]);
  });
});

describe("nested stacks given by the caller", () => {
  const stackResource = (extra: Record<string, unknown> = {}) => ({ Type: "AWS::CloudFormation::Stack", Properties: { TemplateURL: "https://s3.amazonaws.com/b/child.json" }, ...extra });
  const child = { path: "child.json", base: { Resources: { Q: queue() } }, head: null };

  it("deletes what a removed nested stack holds", () => {
    const result = diffCloudFormation({ templates: [{ path: "p.json", base: { Resources: { Child: stackResource() } }, head: { Resources: {} }, nested: { Child: child } }] });
    expect(actionsByAddress(result)).toEqual({ Child: "delete", "Child/Q": "delete" });
  });

  it("leaves alone what a retained nested stack holds", () => {
    const result = diffCloudFormation({ templates: [{ path: "p.json", base: { Resources: { Child: stackResource({ DeletionPolicy: "Retain" }) } }, head: { Resources: {} }, nested: { Child: child } }] });
    expect(actionsByAddress(result)).toEqual({ Child: "forget" });
  });
});
