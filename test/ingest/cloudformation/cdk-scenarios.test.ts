import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { scoreDestructiveness } from "../../../src/analysis/scoring/index.js";
import { diffCloudFormation, pairCloudAssemblies } from "../../../src/ingest/cloudformation/index.js";
import { nodeId, type IngestResult, type Tier } from "../../../src/model/index.js";
import { repoRoot } from "../../helpers/terraform.js";
import { readAssemblyDir, synthesizeAssembly } from "./cdk-assemblies.js";
import { actionsByAddress, changeAt } from "./summarize.js";

type Reason = string | RegExp;

interface Scenario {
  stack: string;
  /** Every change of the stack, address → action (certainty when not certain). */
  changes: Record<string, string>;
  /** Reasons some changes must give (exact strings, or patterns). */
  reasons?: Record<string, Reason[]>;
  /** The destructiveness tier scoring gives the stack's changes. */
  tier?: Tier;
}

const SCENARIOS: Scenario[] = [
  { stack: "RdsReplace", changes: { Database: "replace" }, reasons: { Database: ["DBInstanceIdentifier requires replacement"] }, tier: "critical" },
  { stack: "RdsEngine", changes: { Database: "replace (possible)" }, reasons: { Database: ["may require replacement", "Engine may require replacement"] } },
  { stack: "RdsSnapshot", changes: { Database: "delete" }, reasons: { Database: ["DeletionPolicy Snapshot: a final snapshot is taken, the resource is deleted"] }, tier: "critical" },
  { stack: "RdsRetainOnCreate", changes: { Database: "forget" }, reasons: { Database: [/^DeletionPolicy RetainExceptOnCreate: the resource is retained \(orphaned\)/] }, tier: "low" },
  { stack: "TableReplace", changes: { TableCD117FA1: "replace" }, reasons: { TableCD117FA1: ["KeySchema requires replacement"] }, tier: "critical" },
  {
    stack: "TableRetainReplace",
    changes: { TableCD117FA1: "replace" },
    reasons: { TableCD117FA1: [/^UpdateReplacePolicy Retain: the old resource is kept but no longer managed \(orphaned\)/] },
    tier: "low",
  },
  { stack: "BucketRetain", changes: { Uploads4F6EB0FD: "forget" }, reasons: { Uploads4F6EB0FD: [/^DeletionPolicy Retain: .*nothing is deleted$/] }, tier: "low" },
  { stack: "BucketDestroy", changes: { Uploads4F6EB0FD: "delete" }, reasons: { Uploads4F6EB0FD: ["DeletionPolicy Delete: the resource is deleted"] }, tier: "critical" },
  {
    stack: "VpcReplace",
    changes: { Vpc: "replace", Subnet: "replace", Web: "replace" },
    reasons: { Vpc: ["CidrBlock requires replacement"], Subnet: ["because Vpc is replaced"], Web: ["because Vpc is replaced"] },
  },
  {
    stack: "Rename",
    changes: { Jobs: "delete", JobsQueue: "create", ArchiveDA4CB258: "forget", StorageArchiveEF4C9845: "create" },
    reasons: {
      Jobs: ["logical ID changed from Jobs to JobsQueue: CloudFormation deletes and recreates it; keep the old ID (overrideLogicalId) to avoid it"],
      JobsQueue: [/^logical ID changed from Jobs to JobsQueue: this creates a new resource in place of Jobs/],
      ArchiveDA4CB258: [/^logical ID changed from ArchiveDA4CB258 to StorageArchiveEF4C9845: CloudFormation orphans the old resource/],
    },
  },
  { stack: "IamWildcard", changes: { WorkerDefaultPolicyD9676315: "create" }, reasons: { WorkerDefaultPolicyD9676315: [/^adds IAM statement Allow \* on \*/] } },
  { stack: "OpenIngress", changes: { Bastion: "update" }, reasons: { Bastion: ["adds ingress rule TCP port 22 from 0.0.0.0/0 (anyone)"] } },
  {
    stack: "Nested",
    changes: { InnerNestedStackInnerNestedStackResource745E041B: "update", "InnerNestedStackInnerNestedStackResource745E041B/Alerts": "update" },
    reasons: { "InnerNestedStackInnerNestedStackResource745E041B/Alerts": ["DisplayName changes"] },
  },
  { stack: "Exports", changes: {} },
];

/** Diffs every stack of a base and a head cloud assembly, one result per stack. */
function diffAssemblies(base: Map<string, string>, head: Map<string, string>): Map<string, IngestResult> {
  const paired = pairCloudAssemblies({ base, head });
  expect(paired.diagnostics).toEqual([]);
  return new Map(paired.templates.map((t) => [t.stack ?? t.path, diffCloudFormation({ templates: [t], constructPaths: paired.constructPaths })]));
}

describe("AWS CDK scenarios synthesized with aws-cdk-lib", () => {
  let head: Map<string, string>;
  let results: Map<string, IngestResult>;
  const result = (stack: string): IngestResult => {
    const found = results.get(stack);
    if (found === undefined) throw new Error(`stack ${stack} was not synthesized`);
    return found;
  };

  beforeAll(() => {
    head = synthesizeAssembly("head");
    results = diffAssemblies(synthesizeAssembly("base"), head);
  });

  it("synthesizes every scenario as a stack", () => {
    expect([...results.keys()].sort()).toEqual(SCENARIOS.map((s) => s.stack).sort());
  });

  it.each(SCENARIOS)("$stack: changes, reasons and tier", ({ stack, changes, reasons, tier }) => {
    const r = result(stack);
    expect(actionsByAddress(r)).toEqual(changes);
    for (const [address, expected] of Object.entries(reasons ?? {})) {
      const got = changeAt(r, address).reasons;
      for (const reason of expected) expect(got).toEqual(expect.arrayContaining([typeof reason === "string" ? reason : expect.stringMatching(reason)]));
    }
    if (tier !== undefined) expect(scoreDestructiveness(r).tier).toBe(tier);
    expect(r.roots).toEqual([{ name: stack, kind: "cloudformation", tool: "aws-cdk", complete: true }]);
    expect(r.diagnostics).toEqual([]);
  });

  it("describes a replacement: created first, the forcing property, what happens to the old object", () => {
    expect(changeAt(result("RdsReplace"), "Database").replacement).toEqual({ order: "create-first", paths: [["Properties", "DBInstanceIdentifier"]], oldObject: "destroyed" });
    expect(changeAt(result("TableRetainReplace"), "TableCD117FA1").replacement).toMatchObject({ order: "create-first", oldObject: "forgotten" });
    expect(changeAt(result("VpcReplace"), "Subnet").replacement).toMatchObject({ paths: [["Properties", "VpcId"]] });
  });

  it("keeps the raw template resources as before/after, as scoring reads them", () => {
    const bucket = changeAt(result("BucketRetain"), "Uploads4F6EB0FD");
    expect(bucket.before).toMatchObject({ Type: "AWS::S3::Bucket", DeletionPolicy: "Retain", UpdateReplacePolicy: "Retain" });
    expect(bucket.after).toBeNull();
    const ingress = changeAt(result("OpenIngress"), "Bastion");
    expect(ingress.after).toMatchObject({ Properties: { SecurityGroupIngress: [{ CidrIp: "0.0.0.0/0", FromPort: 22 }] } });
  });

  it("reports construct paths, files, lines and graph nodes", () => {
    const table = changeAt(result("TableReplace"), "TableCD117FA1");
    expect(table).toMatchObject({ constructPath: "TableReplace/Table", file: "cdk.out/TableReplace.template.json", source: "cloudformation", mode: "managed" });
    const text = head.get("cdk.out/TableReplace.template.json") ?? "";
    expect(text.split("\n")[(table.line ?? 0) - 1]).toContain('"TableCD117FA1": {');
    expect(table.node).toBe(nodeId("TableReplace", "TableCD117FA1"));
    expect(changeAt(result("RdsReplace"), "Database").constructPath).toBe("RdsReplace/Database");
  });

  it("maps a nested stack's resources under the nested stack's logical ID, in the parent's root", () => {
    const r = result("Nested");
    const topic = changeAt(r, "InnerNestedStackInnerNestedStackResource745E041B/Alerts");
    expect(topic).toMatchObject({ root: "Nested", type: "AWS::SNS::Topic", file: "cdk.out/NestedInner4756BC60.nested.template.json", constructPath: "Nested/Inner/Alerts" });
    expect(r.graph.dependents.get(nodeId("Nested", "InnerNestedStackInnerNestedStackResource745E041B"))).toContain(topic.node);
  });

  it("reports a renamed export and an added parameter as configuration changes", () => {
    const r = result("Exports");
    expect(r.configChanges.map((c) => [c.kind, c.address])).toEqual([
      ["output", "Outputs.EventsArn"],
      ["variable", "Parameters.Retention"],
    ]);
    expect(r.configChanges[0]?.message).toMatch(/^export events-arn of output EventsArn is renamed to events-queue-arn: stacks that import it .* break/);
  });

  it("gives the same changes from the committed fixtures (fixtures/cdk/assemblies)", () => {
    const dir = path.join(repoRoot, "fixtures/cdk/assemblies");
    const committed = diffAssemblies(readAssemblyDir(path.join(dir, "base")), readAssemblyDir(path.join(dir, "head")));
    const summary = (all: Map<string, IngestResult>) => Object.fromEntries([...all].map(([stack, r]) => [stack, actionsByAddress(r)]));
    expect(summary(committed)).toEqual(summary(results));
  });
});
