import type { AttributePath } from "./guard-attribute.js";
import type { ExposureEffect } from "./exposure-attributes.js";
import type { ProtectionEffect } from "./protection-attributes.js";

/**
 * A resource whose only job is to guard another one: destroying it removes the guard. `activeWhen` limits
 * this to guards that were on (a suspended versioning resource guards nothing).
 */
export interface GuardResource {
  effect: { kind: "protection"; effect: ProtectionEffect } | { kind: "exposure"; effect: ExposureEffect };
  meaning: string;
  activeWhen?: { path: AttributePath; values: readonly unknown[] };
}

/** Guard resources by type. */
export const GUARD_RESOURCES: Readonly<Record<string, GuardResource>> = {
  azurerm_management_lock: {
    effect: { kind: "protection", effect: "deletionProtectionOff" },
    meaning: "the lock that stopped the locked resources from being deleted is gone",
  },
  google_resource_manager_lien: {
    effect: { kind: "protection", effect: "deletionProtectionOff" },
    meaning: "the lien that stopped the project from being deleted is gone",
  },
  aws_s3_bucket_versioning: {
    effect: { kind: "protection", effect: "versioningSuspended" },
    meaning: "destroying it suspends versioning: overwritten or deleted objects can no longer be recovered",
    activeWhen: { path: ["versioning_configuration", 0, "status"], values: ["Enabled"] },
  },
  aws_s3_bucket_object_lock_configuration: {
    effect: { kind: "protection", effect: "deletionProtectionOff" },
    meaning: "objects are no longer locked against deletion",
  },
  aws_backup_vault_lock_configuration: {
    effect: { kind: "protection", effect: "deletionProtectionOff" },
    meaning: "recovery points in the vault are no longer locked against deletion",
  },
  aws_s3_bucket_public_access_block: {
    effect: { kind: "exposure", effect: "publicAccessBlockOff" },
    meaning: "the bucket's public access block is gone: a bucket policy or ACL can now make objects public",
  },
  aws_s3_account_public_access_block: {
    effect: { kind: "exposure", effect: "publicAccessBlockOff" },
    meaning: "the account-wide public access block is gone: any bucket can now be made public",
  },
};
