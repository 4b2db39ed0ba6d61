import type { GuardAttribute } from "./guard-attribute.js";

/** What weakening a protection prepares; each effect has its weight in `ScoringWeights.protection`. */
export type ProtectionEffect =
  | "deletionProtectionOff"
  | "preventDestroyRemoved"
  | "forceDestroyOn"
  | "skipFinalSnapshotOn"
  | "deleteAutomatedBackupsOn"
  | "backupRetentionZero"
  | "versioningSuspended"
  | "recoveryWindowZero"
  | "keyDeletionWindowShortened"
  | "keyDisabled"
  | "keyRotationOff"
  | "encryptionOff"
  | "retainPolicyRemoved"
  | "purgeProtectionOff"
  | "softDeleteShortened";

/** A protection attribute; `armsDestroy` marks guards that, already off when the resource is destroyed, make the destroy lose more. */
export interface ProtectionAttribute extends GuardAttribute<ProtectionEffect> {
  armsDestroy?: boolean;
}

const PREPARES_DESTROY = "this prepares a destroy, which the protection would have refused";

/**
 * Attributes whose weakening counts as destructive, with the dangerous direction. Terraform values may be
 * nested as blocks (`versioning: [{ enabled: true }]`); CloudFormation paths start at the template resource.
 * An id may have one row per format when the formats disagree on the dangerous direction.
 */
export const PROTECTION_ATTRIBUTES: readonly ProtectionAttribute[] = [
  { id: "deletion_protection", scope: "any-type", terraform: ["deletion_protection"], cloudformation: ["Properties", "DeletionProtection"],
    danger: { kind: "turned-off" }, effect: "deletionProtectionOff", meaning: PREPARES_DESTROY,
    checks: "Checkov CKV_AWS_293/CKV_AWS_139, Trivy AWS-0177/AWS-0343" },
  { id: "deletion_protection_enabled", scope: "any-type", terraform: ["deletion_protection_enabled"], cloudformation: ["Properties", "DeletionProtectionEnabled"],
    danger: { kind: "turned-off" }, effect: "deletionProtectionOff", meaning: PREPARES_DESTROY },
  { id: "enable_deletion_protection", scope: "any-type", terraform: ["enable_deletion_protection"],
    danger: { kind: "turned-off" }, effect: "deletionProtectionOff", meaning: PREPARES_DESTROY, checks: "Checkov CKV_AWS_150" },
  { id: "delete_protection", scope: "named", terraform: ["delete_protection"],
    danger: { kind: "turned-off" }, effect: "deletionProtectionOff", meaning: PREPARES_DESTROY, checks: "Checkov CKV_AWS_344" },
  { id: "delete_protection_state", scope: "named", terraform: ["delete_protection_state"],
    danger: { kind: "set-to", values: ["DELETE_PROTECTION_DISABLED"] }, effect: "deletionProtectionOff", meaning: PREPARES_DESTROY },
  { id: "deletion_policy", scope: "named", terraform: ["deletion_policy"],
    danger: { kind: "set-to", values: ["DELETE"] }, effect: "deletionProtectionOff", meaning: "a destroy would now really delete it instead of refusing or abandoning it" },
  { id: "skip_final_snapshot", scope: "any-type", terraform: ["skip_final_snapshot"],
    danger: { kind: "turned-on" }, effect: "skipFinalSnapshotOn", armsDestroy: true, meaning: "a destroy would take no final snapshot, so its data could not be restored" },
  { id: "delete_automated_backups", scope: "named", terraform: ["delete_automated_backups"], cloudformation: ["Properties", "DeleteAutomatedBackups"],
    danger: { kind: "turned-on" }, effect: "deleteAutomatedBackupsOn", armsDestroy: true, meaning: "a destroy would also delete its automated backups" },
  { id: "backup_retention_period", scope: "named", terraform: ["backup_retention_period"], cloudformation: ["Properties", "BackupRetentionPeriod"],
    danger: { kind: "zeroed" }, effect: "backupRetentionZero", meaning: "automated backups stop and existing ones are deleted", checks: "Trivy AWS-0077" },
  { id: "force_destroy", scope: "any-type", terraform: ["force_destroy"],
    danger: { kind: "turned-on" }, effect: "forceDestroyOn", armsDestroy: true, meaning: "a destroy would first delete everything inside it instead of failing" },
  { id: "force_delete", scope: "named", terraform: ["force_delete"], cloudformation: ["Properties", "EmptyOnDelete"],
    danger: { kind: "turned-on" }, effect: "forceDestroyOn", armsDestroy: true, meaning: "a destroy would delete every image in the repository instead of failing" },
  { id: "delete_contents_on_destroy", scope: "named", terraform: ["delete_contents_on_destroy"],
    danger: { kind: "turned-on" }, effect: "forceDestroyOn", armsDestroy: true, meaning: "a destroy would delete every table in the dataset instead of failing" },
  { id: "recovery_window_in_days", scope: "named", terraform: ["recovery_window_in_days"],
    danger: { kind: "zeroed" }, effect: "recoveryWindowZero", armsDestroy: true, meaning: "a destroy would delete the secret at once, with no recovery window" },
  { id: "deletion_window_in_days", scope: "named", terraform: ["deletion_window_in_days"], cloudformation: ["Properties", "PendingWindowInDays"],
    danger: { kind: "lowered", default: 30 }, effect: "keyDeletionWindowShortened", meaning: "less time is left to cancel a deletion of the key before data encrypted with it is lost" },
  { id: "is_enabled", scope: "named", terraform: ["is_enabled"], cloudformation: ["Properties", "Enabled"],
    danger: { kind: "turned-off" }, effect: "keyDisabled", meaning: "everything encrypted with the key becomes unreadable until it is enabled again", checks: "Checkov CKV_AWS_227" },
  { id: "enable_key_rotation", scope: "named", terraform: ["enable_key_rotation"], cloudformation: ["Properties", "EnableKeyRotation"],
    danger: { kind: "turned-off" }, effect: "keyRotationOff", meaning: "the key material is no longer rotated", checks: "Checkov CKV_AWS_7, Trivy AWS-0065" },
  { id: "purge_protection_enabled", scope: "named", terraform: ["purge_protection_enabled"],
    danger: { kind: "turned-off" }, effect: "purgeProtectionOff", meaning: "deleted keys and secrets could be purged for good", checks: "Checkov CKV_AZURE_110, Trivy AZU-0016" },
  { id: "soft_delete_retention_days", scope: "named", terraform: ["soft_delete_retention_days"],
    danger: { kind: "lowered", default: 90 }, effect: "softDeleteShortened", meaning: "deleted keys and secrets are recoverable for a shorter time", checks: "Checkov CKV_AZURE_111" },
  { id: "versioning", scope: "named", terraform: ["versioning", 0, "enabled"],
    danger: { kind: "turned-off" }, effect: "versioningSuspended", meaning: "overwritten or deleted objects can no longer be recovered",
    checks: "Checkov CKV_AWS_21/CKV_GCP_78, Trivy AWS-0090" },
  { id: "versioning", scope: "named", cloudformation: ["Properties", "VersioningConfiguration", "Status"],
    danger: { kind: "set-to", values: ["Suspended"] }, effect: "versioningSuspended", meaning: "overwritten or deleted objects can no longer be recovered",
    checks: "Checkov CKV_AWS_21, Trivy AWS-0090" },
  { id: "versioning_configuration", scope: "named", terraform: ["versioning_configuration", 0, "status"],
    danger: { kind: "set-to", values: ["Suspended", "Disabled"] }, effect: "versioningSuspended", meaning: "overwritten or deleted objects can no longer be recovered",
    checks: "Checkov CKV_AWS_21, Trivy AWS-0090" },
  { id: "blob_versioning", scope: "named", terraform: ["blob_properties", 0, "versioning_enabled"],
    danger: { kind: "turned-off" }, effect: "versioningSuspended", meaning: "overwritten or deleted blobs can no longer be recovered" },
  { id: "storage_encrypted", scope: "named", terraform: ["storage_encrypted"], cloudformation: ["Properties", "StorageEncrypted"],
    danger: { kind: "turned-off" }, effect: "encryptionOff", meaning: "data is stored unencrypted (and the change forces a replacement)", checks: "Checkov CKV_AWS_16, Trivy AWS-0080" },
  { id: "encrypted", scope: "named", terraform: ["encrypted"], cloudformation: ["Properties", "Encrypted"],
    danger: { kind: "turned-off" }, effect: "encryptionOff", meaning: "data is stored unencrypted (and the change forces a replacement)", checks: "Checkov CKV_AWS_3, Trivy AWS-0131" },
  { id: "DeletionPolicy", scope: "any-type", cloudformation: ["DeletionPolicy"],
    danger: { kind: "removed-from", values: ["Retain", "RetainExceptOnCreate", "Snapshot"] }, effect: "retainPolicyRemoved",
    meaning: "removing the resource from the template would now delete it and its data" },
  { id: "UpdateReplacePolicy", scope: "any-type", cloudformation: ["UpdateReplacePolicy"],
    danger: { kind: "removed-from", values: ["Retain", "Snapshot"] }, effect: "retainPolicyRemoved",
    meaning: "a replacement would now delete the old resource and its data" },
];
