import { describe, expect, it } from "vitest";
import { CFN_LIMITS, diffCloudFormation, parseTemplateText } from "../../../src/ingest/cloudformation/index.js";
import { changeAt } from "./summarize.js";

function parsed(path: string, text: string): { template: unknown; resourceLines: Record<string, number> } {
  const result = parseTemplateText({ path, text });
  if ("diagnostic" in result) throw new Error(`unexpected diagnostic: ${result.diagnostic.message}`);
  return result;
}

function diagnosticOf(path: string, text: string) {
  const result = parseTemplateText({ path, text });
  if (!("diagnostic" in result)) throw new Error("expected a diagnostic");
  const { code, line, column, level, file } = result.diagnostic;
  return { code, line, column, level, file };
}

const SHORT_FORMS = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Env: {Type: String}
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub "\${AWS::StackName}-\${Env}"
      Tags:
        - Key: zone
          Value: !Select [0, !GetAZs ""]
        - Key: role
          Value: !GetAtt Role.Arn
        - Key: role-id
          Value: !GetAtt [Role, RoleId]
        - Key: joined
          Value: !Join ["-", [a, !Ref Env]]
        - Key: mapped
          Value: !If [IsProd, !FindInMap [Sizes, !Ref Env, big], !Base64 small]
        - Key: sub-vars
          Value: !Sub
            - "\${Name}-x"
            - Name: !ImportValue shared-name
        - Key: negated
          Value: !Not [!Condition IsProd]
`;

describe("parseTemplateText, YAML", () => {
  it("turns CloudFormation short-form tags into their long form", () => {
    const { template } = parsed("infra/bucket.yaml", SHORT_FORMS);
    expect(template).toMatchObject({
      Conditions: { IsProd: { "Fn::Equals": [{ Ref: "Env" }, "prod"] } },
      Resources: {
        Bucket: {
          Properties: {
            BucketName: { "Fn::Sub": "${AWS::StackName}-${Env}" },
            Tags: [
              { Key: "zone", Value: { "Fn::Select": [0, { "Fn::GetAZs": "" }] } },
              { Key: "role", Value: { "Fn::GetAtt": ["Role", "Arn"] } },
              { Key: "role-id", Value: { "Fn::GetAtt": ["Role", "RoleId"] } },
              { Key: "joined", Value: { "Fn::Join": ["-", ["a", { Ref: "Env" }]] } },
              { Key: "mapped", Value: { "Fn::If": ["IsProd", { "Fn::FindInMap": ["Sizes", { Ref: "Env" }, "big"] }, { "Fn::Base64": "small" }] } },
              { Key: "sub-vars", Value: { "Fn::Sub": ["${Name}-x", { Name: { "Fn::ImportValue": "shared-name" } }] } },
              { Key: "negated", Value: { "Fn::Not": [{ Condition: "IsProd" }] } },
            ],
          },
        },
      },
    });
  });

  it("gives the line of each logical ID", () => {
    expect(parsed("infra/bucket.yaml", SHORT_FORMS).resourceLines).toEqual({ Bucket: 7 });
  });

  it("expands aliases, and stops an alias bomb at the value limit", () => {
    expect(parsed("a.yml", "A: &x {k: 1}\nB: *x\n").template).toEqual({ A: { k: 1 }, B: { k: 1 } });
    const levels = ["a: &a [1,1,1,1,1,1,1,1,1]"];
    for (const [prev, name] of [["a", "b"], ["b", "c"], ["c", "d"], ["d", "e"], ["e", "f"], ["f", "g"]]) levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(",")}]`);
    const started = performance.now();
    expect(diagnosticOf("bomb.yaml", levels.join("\n"))).toMatchObject({ code: "cfn.too-large", level: "error" });
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it.each([
    ["bad indentation", "Resources:\n  A:\n    Type: AWS::SQS::Queue\n   Properties: {}\n", { code: "cfn.not-yaml", line: 4, column: 1 }],
    ["a duplicate key", "Resources:\n  A: {Type: x}\n  A: {Type: y}\n", { code: "cfn.not-yaml", line: 3, column: 3 }],
    ["two documents", "--- a\n--- b\n", { code: "cfn.not-yaml", line: 2, column: 1 }],
    ["a tag CloudFormation does not know", "Resources:\n  A:\n    Type: AWS::SQS::Queue\n    Properties:\n      X: !Bogus y\n", { code: "cfn.yaml-unknown-tag", line: 5, column: 17 }],
  ])("reports %s with its position", (_name, text, expected) => {
    expect(diagnosticOf("t.yaml", text)).toMatchObject({ ...expected, level: "error", file: "t.yaml" });
  });
});

describe("parseTemplateText, JSON", () => {
  it("gives the line of each logical ID, whatever the strings around it hold", () => {
    const text = ['{', '  "Description": "a \\"Resources\\": {\\"Fake\\": 1}",', '  "Resources": {', '    "Queue": {"Type": "AWS::SQS::Queue", "Properties": {"Tags": [{"Key": "}{", "Value": "x"}]}},', "", '    "Topic": {', '      "Type": "AWS::SNS::Topic", "Metadata": {"Resources": {"Inner": 1}}', "    }", "  }", "}"].join("\n");
    expect(parsed("t.json", text).resourceLines).toEqual({ Queue: 4, Topic: 6 });
  });

  it.each([
    ["a syntax error", '{\n  "Resources": {\n    "A": {"Type": "AWS::SQS::Queue",}\n  }\n}', { code: "cfn.not-json", line: 3, column: 37 }],
    ["a cut-off file", '{"Resources": {"A": ', { code: "cfn.truncated", line: 1, column: 21 }],
    ["an empty file", "  \n", { code: "cfn.empty" }],
  ])("reports %s with its position", (_name, text, expected) => {
    expect(diagnosticOf("t.json", text)).toMatchObject({ ...expected, level: "error", file: "t.json" });
  });

  it("never repeats the parser's message, which quotes the text", () => {
    const result = parseTemplateText({ path: "t.json", text: '{"Resources": {"Secret": "hunter2" x}}' });
    expect(JSON.stringify(result)).not.toContain("hunter2");
  });

  it("refuses a text over the size limit before parsing it", () => {
    expect(diagnosticOf("t.json", " ".repeat(CFN_LIMITS.maxTextLength + 1))).toMatchObject({ code: "cfn.too-large" });
  });

  it("reads a file without extension as JSON when it starts with {, else as YAML", () => {
    expect(parsed("template", '\ufeff {"Resources": {}}').template).toEqual({ Resources: {} });
    expect(parsed("template", "Resources: {}").template).toEqual({ Resources: {} });
  });
});

describe("a hand-written YAML template, end to end", () => {
  const base = `Resources:
  Web:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web
      VpcId: !Ref Vpc
  Vpc:
    Type: AWS::EC2::VPC
    Properties: {CidrBlock: 10.0.0.0/16}
`;
  const head = `${base.replace("GroupDescription: web", "GroupDescription: web\n      SecurityGroupIngress:\n        - {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0}")}`;

  it("diffs like a synthesized one, with lines from the head text and tool cloudformation", () => {
    const b = parsed("infra/web.yaml", base);
    const h = parsed("infra/web.yaml", head);
    const result = diffCloudFormation({ templates: [{ path: "infra/web.yaml", base: b.template, head: h.template, baseLines: b.resourceLines, headLines: h.resourceLines }] });
    expect(result.roots).toEqual([{ name: "web", kind: "cloudformation", tool: "cloudformation", complete: true }]);
    expect(changeAt(result, "Web")).toMatchObject({ action: "update", line: 2, file: "infra/web.yaml" });
    expect(changeAt(result, "Web").reasons).toContain("adds ingress rule TCP port 443 from 0.0.0.0/0 (anyone)");
    expect(result.graph.dependents.get("web#Vpc")).toEqual(["web#Web"]);
  });
});
