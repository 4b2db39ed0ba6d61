import { describe, expect, it } from "vitest";
import { scoreDestructiveness } from "../../../src/analysis/scoring/index.js";
import type { ResourceChange } from "../../../src/model/index.js";
import { aChange, aCloudFormationChange, aRoot } from "../../helpers/changes.js";

function reasonsOf(change: ResourceChange) {
  return scoreDestructiveness({ changes: [change], configChanges: [], diagnostics: [], roots: [aRoot()] }).reasons;
}

function update(type: string, before: Record<string, unknown>, after: Record<string, unknown>, extra: Partial<ResourceChange> = {}): ResourceChange {
  return aChange({ type, address: `${type}.main`, before, after, ...extra });
}

const template = (type: string, properties: Record<string, unknown>, policies: Record<string, string> = {}) => ({ Type: type, Properties: properties, ...policies });

describe("protection rules: a weakened guard prepares a destroy", () => {
  it.each<[string, ResourceChange, string, number]>([
    ["deletion_protection true → false", update("aws_db_instance", { deletion_protection: true }, { deletion_protection: false }), "protection.deletion_protection", 55],
    ["deletion_protection on a type the catalogue does not know", update("acme_database", { deletion_protection: true }, { deletion_protection: false }), "protection.deletion_protection", 55],
    ["deletion_protection_enabled off (DynamoDB)", update("aws_dynamodb_table", { deletion_protection_enabled: true }, { deletion_protection_enabled: false }), "protection.deletion_protection_enabled", 55],
    ["enable_deletion_protection off (load balancer)", update("aws_lb", { enable_deletion_protection: true }, { enable_deletion_protection: false }), "protection.enable_deletion_protection", 55],
    ["skip_final_snapshot on", update("aws_db_instance", { skip_final_snapshot: false }, { skip_final_snapshot: true }), "protection.skip_final_snapshot", 40],
    ["delete_automated_backups on", update("aws_db_instance", { delete_automated_backups: false }, { delete_automated_backups: true }), "protection.delete_automated_backups", 40],
    ["backup_retention_period to 0", update("aws_rds_cluster", { backup_retention_period: 7 }, { backup_retention_period: 0 }), "protection.backup_retention_period", 40],
    ["force_destroy on", update("aws_s3_bucket", { force_destroy: false }, { force_destroy: true }), "protection.force_destroy", 45],
    ["force_delete on (ECR)", update("aws_ecr_repository", { force_delete: false }, { force_delete: true }), "protection.force_delete", 45],
    ["delete_contents_on_destroy on", update("google_bigquery_dataset", {}, { delete_contents_on_destroy: true }), "protection.delete_contents_on_destroy", 45],
    ["recovery_window_in_days to 0", update("aws_secretsmanager_secret", { recovery_window_in_days: 30 }, { recovery_window_in_days: 0 }), "protection.recovery_window_in_days", 40],
    ["KMS deletion window shortened", update("aws_kms_key", { deletion_window_in_days: 30 }, { deletion_window_in_days: 7 }), "protection.deletion_window_in_days", 30],
    ["KMS deletion window shortened from the default", update("aws_kms_key", {}, { deletion_window_in_days: 7 }, { source: "hcl", certainty: "likely" }), "protection.deletion_window_in_days", 30],
    ["KMS key rotation off", update("aws_kms_key", { enable_key_rotation: true }, { enable_key_rotation: false }), "protection.enable_key_rotation", 25],
    ["KMS key disabled", update("aws_kms_key", { is_enabled: true }, { is_enabled: false }), "protection.is_enabled", 50],
    ["Key Vault purge protection off", update("azurerm_key_vault", { purge_protection_enabled: true }, { purge_protection_enabled: false }), "protection.purge_protection_enabled", 45],
    ["Key Vault soft delete shortened", update("azurerm_key_vault", { soft_delete_retention_days: 90 }, { soft_delete_retention_days: 7 }), "protection.soft_delete_retention_days", 30],
    ["S3 versioning block disabled", update("aws_s3_bucket", { versioning: [{ enabled: true, mfa_delete: false }] }, { versioning: [{ enabled: false, mfa_delete: false }] }), "protection.versioning", 40],
    ["S3 versioning resource suspended", update("aws_s3_bucket_versioning", { versioning_configuration: [{ status: "Enabled" }] }, { versioning_configuration: [{ status: "Suspended" }] }), "protection.versioning_configuration", 40],
    ["GCS versioning off", update("google_storage_bucket", { versioning: [{ enabled: true }] }, { versioning: [{ enabled: false }] }), "protection.versioning", 40],
    ["storage_encrypted off", update("aws_db_instance", { storage_encrypted: true }, { storage_encrypted: false }), "protection.storage_encrypted", 40],
    ["EBS encryption off", update("aws_ebs_volume", { encrypted: true }, { encrypted: false }), "protection.encrypted", 40],
    ["Firestore delete protection disabled", update("google_firestore_database", { delete_protection_state: "DELETE_PROTECTION_ENABLED" }, { delete_protection_state: "DELETE_PROTECTION_DISABLED" }), "protection.delete_protection_state", 55],
    ["prevent_destroy removed", update("aws_db_instance", {}, {}, { lifecycle: { before: { preventDestroy: true }, after: { preventDestroy: false } } }), "protection.prevent_destroy", 55],
    ["CloudFormation DeletionPolicy Retain → Delete", aCloudFormationChange({ type: "AWS::S3::Bucket", before: template("AWS::S3::Bucket", {}, { DeletionPolicy: "Retain" }), after: template("AWS::S3::Bucket", {}, { DeletionPolicy: "Delete" }) }), "protection.DeletionPolicy", 50],
    ["CloudFormation UpdateReplacePolicy Snapshot removed", aCloudFormationChange({ type: "AWS::RDS::DBInstance", before: template("AWS::RDS::DBInstance", {}, { UpdateReplacePolicy: "Snapshot" }), after: template("AWS::RDS::DBInstance", {}) }), "protection.UpdateReplacePolicy", 50],
    ["CloudFormation DeletionProtection off", aCloudFormationChange({ type: "AWS::RDS::DBCluster", before: template("AWS::RDS::DBCluster", { DeletionProtection: true }), after: template("AWS::RDS::DBCluster", { DeletionProtection: false }) }), "protection.deletion_protection", 55],
    ["CloudFormation DeletionProtectionEnabled off", aCloudFormationChange({ type: "AWS::DynamoDB::Table", before: template("AWS::DynamoDB::Table", { DeletionProtectionEnabled: true }), after: template("AWS::DynamoDB::Table", { DeletionProtectionEnabled: "false" }) }), "protection.deletion_protection_enabled", 55],
    ["CloudFormation bucket versioning suspended", aCloudFormationChange({ type: "AWS::S3::Bucket", before: template("AWS::S3::Bucket", { VersioningConfiguration: { Status: "Enabled" } }), after: template("AWS::S3::Bucket", { VersioningConfiguration: { Status: "Suspended" } }) }), "protection.versioning", 40],
    ["a management lock destroyed", aChange({ type: "azurerm_management_lock", action: "delete" }), "protection.guard-removed", 55],
    ["a versioning resource destroyed while enabled", aChange({ type: "aws_s3_bucket_versioning", action: "delete", before: { versioning_configuration: [{ status: "Enabled" }] } }), "protection.guard-removed", 40],
  ])("%s", (_name, change, rule, points) => {
    const reason = reasonsOf(change).find((r) => r.rule === rule);
    expect(reason).toBeDefined();
    expect(reason?.points).toBe(points);
  });

  it("writes a message the agent can act on", () => {
    const [reason] = reasonsOf(update("aws_db_instance", { deletion_protection: true }, { deletion_protection: false }));
    expect(reason?.message).toBe(
      "deletion_protection is turned off on aws_db_instance.main (Checkov CKV_AWS_293/CKV_AWS_139, Trivy AWS-0177/AWS-0343): this prepares a destroy, which the protection would have refused. Keep it on unless a human asked for this.",
    );
  });
});

describe("protection rules: what is not a weakening", () => {
  it.each<[string, ResourceChange]>([
    ["deletion_protection turned on", update("aws_db_instance", { deletion_protection: false }, { deletion_protection: true })],
    ["deletion_protection already off", update("aws_db_instance", { deletion_protection: false }, { deletion_protection: false })],
    ["a longer KMS deletion window", update("aws_kms_key", { deletion_window_in_days: 7 }, { deletion_window_in_days: 30 })],
    ["is_enabled on a type that does not name it", update("aws_lambda_function", { is_enabled: true }, { is_enabled: false })],
    ["a create with protection off (nothing exists yet)", aChange({ type: "aws_db_instance", action: "create", after: { deletion_protection: false } })],
    ["an import of a database without protection", aChange({ type: "aws_db_instance", action: "import", importing: { id: "db" }, before: null, after: { deletion_protection: false } })],
    ["drift turning protection off", update("aws_db_instance", { deletion_protection: true }, { deletion_protection: false }, { drift: true })],
    ["the same expression on both sides", update("aws_db_instance", { deletion_protection: "${var.protect}" }, { deletion_protection: "${var.protect}" }, { source: "hcl" })],
    ["a versioning resource destroyed while suspended", aChange({ type: "aws_s3_bucket_versioning", action: "delete", before: { versioning_configuration: [{ status: "Suspended" }] } })],
    ["CloudFormation Retain kept", aCloudFormationChange({ type: "AWS::S3::Bucket", before: template("AWS::S3::Bucket", { A: 1 }, { DeletionPolicy: "Retain" }), after: template("AWS::S3::Bucket", { A: 2 }, { DeletionPolicy: "Retain" }) })],
  ])("%s", (_name, change) => {
    expect(reasonsOf(change).filter((r) => r.rule.startsWith("protection."))).toEqual([]);
  });
});

describe("protection rules: unknown values are said, not guessed", () => {
  it("an HCL expression replacing a literal true is reported as unknown", () => {
    const change = update("aws_db_instance", { deletion_protection: true }, { deletion_protection: "${var.protect}" }, { source: "hcl", certainty: "likely" });
    const [reason] = reasonsOf(change);
    expect(reason).toMatchObject({ rule: "protection.unknown", points: 10 });
    expect(reason?.message).toContain("${var.protect}");
    expect(reason?.message).toContain("(static diff: no plan)");
  });

  it("a value known only after apply is reported as unknown", () => {
    const change = update("aws_db_instance", { deletion_protection: true }, {}, { afterUnknown: { deletion_protection: true } });
    expect(reasonsOf(change)[0]).toMatchObject({ rule: "protection.unknown", points: 10 });
  });
});
