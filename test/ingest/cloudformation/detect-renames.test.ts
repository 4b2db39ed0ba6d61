import { describe, expect, it } from "vitest";
import type { TemplateResource } from "../../../src/ingest/cloudformation/checked-template.js";
import { detectRenames } from "../../../src/ingest/cloudformation/detect-renames.js";

const resource = (id: string, type: string, extra: Record<string, unknown> = {}): TemplateResource => ({ id, type, value: { Type: type, ...extra } });
const withPath = (path: string) => ({ Metadata: { "aws:cdk:path": path } });

describe("detectRenames", () => {
  it.each([
    ["the same construct path", resource("OldA1B2C3D4", "AWS::SQS::Queue", withPath("S/Jobs/Resource")), resource("Jobs", "AWS::SQS::Queue", withPath("S/Jobs/Resource"))],
    ["the same ID once the CDK hash is dropped", resource("MyPolicyBEB0E748", "AWS::IAM::Policy"), resource("MyPolicy", "AWS::IAM::Policy")],
    ["the same construct name under a new parent", resource("ArchiveDA4CB258", "AWS::S3::Bucket", withPath("S/Archive/Resource")), resource("StorageArchiveEF4C9845", "AWS::S3::Bucket", withPath("S/Storage/Archive/Resource"))],
    ["equal properties", resource("Role1", "AWS::IAM::Role", { Properties: { Path: "/a/" } }), resource("Role2", "AWS::IAM::Role", { Properties: { Path: "/a/" } })],
  ])("pairs resources with %s", (_name, removed, added) => {
    expect(detectRenames([removed], [added])).toEqual([{ from: removed.id, to: added.id }]);
  });

  it.each([
    ["of different types", [resource("MyPolicyBEB0E748", "AWS::IAM::Policy")], [resource("MyPolicy", "AWS::IAM::ManagedPolicy")]],
    ["whose only likeness is empty properties", [resource("A", "AWS::SQS::Queue", { Properties: {} })], [resource("B", "AWS::SQS::Queue", { Properties: {} })]],
    [
      "when two removed resources fit one added resource",
      [resource("Q1", "AWS::SQS::Queue", { Properties: { DelaySeconds: 5 } }), resource("Q2", "AWS::SQS::Queue", { Properties: { DelaySeconds: 5 } })],
      [resource("Q3", "AWS::SQS::Queue", { Properties: { DelaySeconds: 5 } })],
    ],
  ])("does not pair resources %s", (_name, removed, added) => {
    expect(detectRenames(removed, added)).toEqual([]);
  });

  it("pairs each resource once, by the strongest likeness first", () => {
    const removed = [resource("Jobs", "AWS::SQS::Queue", { ...withPath("S/Jobs/Resource"), Properties: { DelaySeconds: 1 } }), resource("Mail", "AWS::SQS::Queue", { Properties: { DelaySeconds: 2 } })];
    const added = [resource("JobsV2", "AWS::SQS::Queue", { ...withPath("S/Jobs/Resource"), Properties: { DelaySeconds: 2 } }), resource("MailV2", "AWS::SQS::Queue", { Properties: { DelaySeconds: 2 } })];
    expect(detectRenames(removed, added)).toEqual([
      { from: "Jobs", to: "JobsV2" },
      { from: "Mail", to: "MailV2" },
    ]);
  });
});
