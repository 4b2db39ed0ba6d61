import { describe, expect, it } from "vitest";
import {
  CLOUDFORMATION_EQUIVALENTS,
} from "../../../src/analysis/risk-catalogue/cloudformation.js";
import {
  EXPOSURE_ATTRIBUTES,
  PROTECTION_ATTRIBUTES,
  categoryOf,
  createRiskLookup,
  isKnownType,
  riskOf,
  type ResourceCategory,
} from "../../../src/analysis/risk-catalogue/index.js";
import { AWS_TYPES } from "../../../src/analysis/risk-catalogue/aws.js";
import { AZURE_TYPES } from "../../../src/analysis/risk-catalogue/azure.js";
import { GOOGLE_TYPES } from "../../../src/analysis/risk-catalogue/google.js";
import { KUBERNETES_TYPES } from "../../../src/analysis/risk-catalogue/kubernetes.js";

describe("risk catalogue: categories", () => {
  it.each<[string, ResourceCategory, boolean]>([
    ["aws_db_instance", "data", true],
    ["aws_dynamodb_table", "data", true],
    ["aws_s3_bucket", "storage", true],
    ["aws_fsx_lustre_file_system", "storage", true],
    ["aws_fsx_ontap_file_system", "storage", true],
    ["aws_fsx_ontap_volume", "storage", false],
    ["aws_kms_key", "encryption", true],
    ["aws_secretsmanager_secret", "secrets", true],
    ["aws_iam_role", "identity", false],
    ["aws_cognito_user_pool", "identity", true],
    ["aws_vpc", "network", false],
    ["aws_route53_zone", "dns", true],
    ["aws_route53_resolver_endpoint", "network", false],
    ["aws_instance", "compute", false],
    ["aws_sqs_queue", "messaging", true],
    ["aws_cloudwatch_log_group", "observability", true],
    ["aws_cloudwatch_event_rule", "messaging", false],
    ["aws_eks_cluster", "container-platform", true],
    ["aws_organizations_account", "organization", true],
    ["google_sql_database_instance", "data", true],
    ["google_storage_bucket", "storage", true],
    ["google_storage_bucket_iam_member", "identity", false],
    ["google_compute_instance_iam_binding", "identity", false],
    ["google_project", "organization", true],
    ["google_container_cluster", "container-platform", true],
    ["azurerm_mssql_database", "data", true],
    ["azurerm_resource_group", "organization", true],
    ["azurerm_key_vault", "encryption", true],
    ["azurerm_private_dns_a_record", "dns", false],
    ["azuread_application", "identity", false],
    ["kubernetes_namespace", "container-platform", true],
    ["kubernetes_namespace_v1", "container-platform", true],
    ["kubernetes_deployment_v1", "compute", false],
    ["kubernetes_horizontal_pod_autoscaler_v2beta2", "compute", false],
    ["kubernetes_persistent_volume_claim_v1", "storage", true],
    ["AWS::RDS::DBInstance", "data", true],
    ["AWS::S3::Bucket", "storage", true],
    ["AWS::IAM::Role", "identity", false],
    ["AWS::EC2::VPC", "network", false],
    ["AWS::Logs::SubscriptionFilter", "observability", false],
    ["AWS::CloudFormation::Stack", "organization", true],
    ["random_password", "secrets", false],
    ["random_id", "other", false],
    ["null_resource", "other", false],
  ])("%s is %s (stateful: %s)", (type, category, stateful) => {
    const profile = riskOf(type);
    expect(profile.category).toBe(category);
    expect(profile.stateful).toBe(stateful);
    expect(profile.match).not.toBe("unknown");
  });

  it.each(["acme_widget", "Custom::MyResource", "kubernetes"])("an unknown type %s is `other` and says it is unknown", (type) => {
    expect(categoryOf(type)).toBe("other");
    expect(isKnownType(type)).toBe(false);
    expect(riskOf(type).match).toBe("unknown");
  });

  it("marks hubs that many resources reference", () => {
    expect(["aws_vpc", "aws_subnet", "aws_security_group", "aws_iam_role", "aws_kms_key", "aws_route53_zone", "azurerm_resource_group"].every((t) => riskOf(t).hub)).toBe(true);
    expect(riskOf("aws_route").hub).toBe(false);
  });

  it("says why destroying an organization container is worse than its category suggests", () => {
    expect(riskOf("azurerm_resource_group").note).toContain("every resource inside it");
  });

  it("remembers answers without changing them", () => {
    const lookup = createRiskLookup();
    expect(lookup("aws_db_instance")).toBe(lookup("aws_db_instance"));
    expect(lookup("aws_db_instance")).toEqual(riskOf("aws_db_instance"));
  });
});

describe("risk catalogue: consistency of the data", () => {
  const known = new Set([...PROTECTION_ATTRIBUTES, ...EXPOSURE_ATTRIBUTES].map((a) => a.id));
  const tables = { ...AWS_TYPES, ...GOOGLE_TYPES, ...AZURE_TYPES, ...KUBERNETES_TYPES };

  it.each(Object.entries(tables).filter(([, e]) => e.protection !== undefined))("%s names only protection attributes that exist", (_type, entry) => {
    for (const id of entry.protection ?? []) expect(known).toContain(id);
  });

  it.each(Object.entries(CLOUDFORMATION_EQUIVALENTS))("%s maps to a catalogued type (%s)", (cfn, twin) => {
    expect(isKnownType(twin)).toBe(true);
    expect(isKnownType(cfn)).toBe(true);
  });

  it("every protection attribute has a path in at least one format", () => {
    for (const attribute of [...PROTECTION_ATTRIBUTES, ...EXPOSURE_ATTRIBUTES]) {
      expect(attribute.terraform ?? attribute.cloudformation).toBeDefined();
    }
  });
});

describe("risk catalogue: protection attributes per type", () => {
  const ids = (type: string) => riskOf(type).guards.map((g) => g.id);

  it.each<[string, string[]]>([
    ["aws_db_instance", ["deletion_protection", "skip_final_snapshot", "delete_automated_backups", "backup_retention_period", "storage_encrypted", "force_destroy"]],
    ["aws_kms_key", ["deletion_window_in_days", "is_enabled", "enable_key_rotation"]],
    ["aws_s3_bucket", ["versioning", "force_destroy"]],
    ["azurerm_key_vault", ["purge_protection_enabled", "soft_delete_retention_days"]],
    ["AWS::RDS::DBInstance", ["deletion_protection", "DeletionPolicy", "UpdateReplacePolicy", "backup_retention_period", "storage_encrypted"]],
    ["AWS::KMS::Key", ["is_enabled", "enable_key_rotation", "deletion_window_in_days"]],
  ])("%s is guarded by its attributes", (type, expected) => {
    expect(ids(type)).toEqual(expect.arrayContaining(expected));
  });

  it("does not apply a type-specific guard to other types", () => {
    expect(ids("aws_lambda_function")).not.toContain("is_enabled");
    expect(ids("AWS::Lambda::Function")).not.toContain("storage_encrypted");
  });

  it("gives CloudFormation types only CloudFormation paths", () => {
    expect(riskOf("AWS::S3::Bucket").guards.every((g) => g.cloudformation !== undefined)).toBe(true);
    expect(riskOf("aws_s3_bucket").guards.every((g) => g.terraform !== undefined)).toBe(true);
  });
});
