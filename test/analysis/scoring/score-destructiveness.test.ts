import { describe, expect, it } from "vitest";
import { scoreDestructiveness } from "../../../src/analysis/scoring/index.js";
import { tierRank, type ConfigChange, type Diagnostic, type ResourceChange, type RootInfo, type Tier } from "../../../src/model/index.js";
import { aChange, aCloudFormationChange, aConfigChange, aReplace, aRoot, anError, manyChanges } from "../../helpers/changes.js";

function score(input: { changes?: ResourceChange[]; configChanges?: ConfigChange[]; diagnostics?: Diagnostic[]; roots?: RootInfo[] }) {
  return scoreDestructiveness({ changes: input.changes ?? [], configChanges: input.configChanges ?? [], diagnostics: input.diagnostics ?? [], roots: input.roots ?? [aRoot()] });
}

const bucket = (policy?: string) => ({ Type: "AWS::S3::Bucket", Properties: { BucketName: "logs" }, ...(policy === undefined ? {} : { DeletionPolicy: policy, UpdateReplacePolicy: policy }) });

describe("scoreDestructiveness: required outcomes", () => {
  it.each<[string, ResourceChange[], Tier]>([
    ["replacing an RDS instance", [aReplace("aws_db_instance", { replacement: { order: "delete-first", paths: [["engine"]], oldObject: "destroyed" } })], "critical"],
    ["replacing a Cloud SQL instance", [aReplace("google_sql_database_instance")], "critical"],
    ["replacing an Azure SQL database", [aReplace("azurerm_mssql_database")], "critical"],
    ["replacing a CloudFormation DB instance", [aCloudFormationChange({ type: "AWS::RDS::DBInstance", action: "replace", replacement: { order: "create-first", paths: [], oldObject: "destroyed" } })], "critical"],
    ["replacing a CloudFormation DynamoDB table", [aCloudFormationChange({ type: "AWS::DynamoDB::Table", action: "replace" })], "critical"],
    ["replacing a database create-first still destroys the old one", [aReplace("aws_db_instance", {}, "create-first")], "critical"],
    ["deleting an S3 bucket", [aChange({ type: "aws_s3_bucket", action: "delete" })], "critical"],
    ["deleting a resource group", [aChange({ type: "azurerm_resource_group", action: "delete" })], "critical"],
    ["deleting a KMS key", [aChange({ type: "aws_kms_key", action: "delete" })], "critical"],
    ["removing a CloudFormation bucket without Retain", [aCloudFormationChange({ type: "AWS::S3::Bucket", action: "delete", before: bucket(), after: null })], "critical"],
    ["removing a CloudFormation bucket with Retain (an orphan)", [aCloudFormationChange({ type: "AWS::S3::Bucket", action: "forget", before: bucket("Retain"), after: null })], "low"],
    ["a CloudFormation delete whose DeletionPolicy is Retain is still an orphan", [aCloudFormationChange({ type: "AWS::S3::Bucket", action: "delete", before: bucket("Retain"), after: null })], "low"],
    ["a forget", [aChange({ type: "aws_db_instance", action: "forget" })], "low"],
    ["a moved resource", [aChange({ type: "aws_db_instance", action: "move", previousAddress: "aws_db_instance.old" })], "none"],
    ["creating stateless resources", [aChange({ type: "aws_lambda_function", action: "create" }), aChange({ type: "aws_iam_role", action: "create" })], "none"],
    ["an import", [aChange({ type: "aws_db_instance", action: "import", importing: { id: "db-1" } })], "none"],
    ["drift alone", [aChange({ type: "aws_db_instance", action: "delete", drift: true })], "none"],
    ["reads and no-ops", [aChange({ type: "aws_db_instance", action: "no-op" }), aChange({ type: "aws_iam_policy_document", mode: "data", action: "read" })], "none"],
    ["deleting one instance is medium", [aChange({ type: "aws_instance", action: "delete" })], "medium"],
    ["a create-first replace of a stateless type is low", [aReplace("aws_launch_template", {}, "create-first")], "low"],
  ])("%s", (_name, changes, tier) => {
    expect(score({ changes }).tier).toBe(tier);
  });

  it.each<[string, ResourceChange]>([
    ["deletion_protection turned off", aChange({ type: "aws_db_instance", before: { deletion_protection: true }, after: { deletion_protection: false } })],
    ["prevent_destroy removed", aChange({ type: "aws_s3_bucket", source: "hcl", lifecycle: { before: { preventDestroy: true }, after: {} } })],
    ["DeletionPolicy Retain removed", aCloudFormationChange({ type: "AWS::S3::Bucket", before: bucket("Retain"), after: bucket() })],
  ])("%s is high or worse", (_name, change) => {
    expect(tierRank(score({ changes: [change] }).tier)).toBeGreaterThanOrEqual(tierRank("high"));
  });

  it("an unparseable plan is at least high and names the file", () => {
    const result = score({ diagnostics: [anError("plans/prod.json")], roots: [aRoot({ name: "plans/prod.json", complete: false })] });
    expect(tierRank(result.tier)).toBeGreaterThanOrEqual(tierRank("high"));
    expect(result.reasons).toHaveLength(1);
    expect(result.reasons[0]).toMatchObject({ rule: "unknown.input", address: "plans/prod.json" });
    expect(result.reasons[0]?.message).toContain("Unexpected token");
  });

  it("counts each unreadable input once, and an incomplete root separately when no error names it", () => {
    const result = score({
      diagnostics: [anError("envs/a/main.tf", { line: 3 }), anError("envs/a/main.tf", { line: 9 })],
      roots: [aRoot({ name: "envs/a", complete: false }), aRoot({ name: "envs/b", complete: false })],
    });
    expect(result.reasons.map((r) => r.address).sort()).toEqual(["envs/a/main.tf", "envs/b"]);
    expect(result.score).toBe(100);
  });

  it("50k deletes of a stateless type give 100 with a bounded reason list", () => {
    const changes = manyChanges(50_000, (i) => ({ type: "aws_instance", address: `aws_instance.web[${i}]`, action: "delete" }));
    const result = score({ changes });
    expect(result.score).toBe(100);
    expect(result.reasons.length).toBeLessThan(50);
    expect(result.reasons.some((r) => r.message.includes("49990 more"))).toBe(true);
  });
});

describe("scoreDestructiveness: messages a reviewer and an agent can act on", () => {
  it("says what is lost and how to avoid it", () => {
    const result = score({ changes: [aChange({ type: "aws_db_instance", address: "aws_db_instance.main", action: "delete", reasons: ["delete_because_no_resource_config"] })] });
    expect(result.reasons[0]).toMatchObject({ rule: "destroy.stateful", address: "aws_db_instance.main", points: 80 });
    expect(result.reasons[0]?.message).toMatch(/aws_db_instance\.main \(data store\) will be destroyed because its block was removed: its data is lost/);
    expect(result.reasons[0]?.message).toContain("`moved` block");
  });

  it("names an unknown type as missing from the catalogue", () => {
    const result = score({ changes: [aChange({ type: "acme_widget", action: "delete" })] });
    expect(result.reasons[0]).toMatchObject({ rule: "destroy.unknown-type", points: 15 });
    expect(result.reasons[0]?.message).toContain("not in Airlock's risk catalogue");
  });

  it("applies the certainty of a static diff and says there was no plan", () => {
    const likely = score({ changes: [aChange({ type: "aws_db_instance", action: "delete", source: "hcl", certainty: "likely" })] });
    expect(likely.tier).toBe("critical");
    const result = score({ changes: [aChange({ type: "aws_db_instance", action: "replace", source: "hcl", certainty: "possible" })] });
    expect(result.reasons[0]?.points).toBe(48);
    expect(result.reasons[0]?.message).toContain("(static diff: no plan)");
  });

  it("adds points when a data store goes without a final snapshot", () => {
    const result = score({ changes: [aChange({ type: "aws_db_instance", action: "delete", before: { skip_final_snapshot: true }, after: null })] });
    expect(result.reasons.map((r) => [r.rule, r.points])).toEqual([["destroy.stateful", 80], ["destroy.unprotected", 10]]);
  });

  it("treats a replace whose old object is forgotten as a forget", () => {
    const result = score({ changes: [aReplace("aws_db_instance", { replacement: { order: "create-first", paths: [], oldObject: "forgotten" } })] });
    expect(result.reasons[0]?.rule).toBe("forget.unmanaged");
    expect(result.tier).toBe("low");
  });

  it("explains every point", () => {
    const result = score({ changes: [aChange({ type: "aws_db_instance", action: "delete" }), aChange({ type: "aws_s3_bucket", action: "delete" })] });
    expect(result.reasons.reduce((sum, r) => sum + r.points, 0)).toBeGreaterThanOrEqual(result.score);
    expect(result.score).toBe(100);
  });
});

describe("scoreDestructiveness: configuration changes", () => {
  it("a removed module with no planned deletes is high", () => {
    const result = score({ configChanges: [aConfigChange({ kind: "module-removed", address: "module.db" })] });
    expect(result.reasons[0]).toMatchObject({ rule: "destroy.module-removed", points: 60 });
    expect(result.tier).toBe("high");
  });

  it("a removed module is not counted twice when a plan lists its deletes", () => {
    const result = score({
      changes: [aChange({ type: "aws_instance", address: "module.db.aws_instance.a[0]", action: "delete" })],
      configChanges: [aConfigChange({ kind: "module-removed", address: "module.db" })],
    });
    expect(result.reasons.map((r) => r.rule)).toEqual(["destroy.compute"]);
  });

  it.each<[string, ConfigChange, number]>([
    ["count 3 → 1 destroys two databases", aConfigChange({ kind: "count", address: "aws_db_instance.replica", before: 3, after: 1 }), 100],
    ["count 3 → 2 of instances", aConfigChange({ kind: "count", address: "aws_instance.web", before: 3, after: 2 }), 30],
    ["for_each key removed", aConfigChange({ kind: "for-each", address: "module.x.aws_instance.web", before: { a: 1, b: 2 }, after: { a: 1 } }), 30],
    ["count from an expression is a possible delete", aConfigChange({ kind: "count", address: "aws_instance.web", before: 3, after: "${var.n}" }), 18],
    ["count going up destroys nothing", aConfigChange({ kind: "count", address: "aws_instance.web", before: 1, after: 3 }), 0],
  ])("%s", (_name, change, points) => {
    expect(score({ configChanges: [change] }).score).toBe(points);
  });
});
