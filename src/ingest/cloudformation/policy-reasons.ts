import type { Replacement } from "../../model/resource-change.js";
import type { TemplateResource } from "./checked-template.js";
import { ownObject, ownValue } from "./json-value.js";

/**
 * `removalReason` says what CloudFormation does with a resource that leaves the template, by its
 * `DeletionPolicy`: orphaned for Retain and RetainExceptOnCreate (`orphaned`, the diff library's verdict),
 * otherwise deleted, after a final snapshot for Snapshot. A missing policy means Delete, except for RDS
 * clusters and RDS instances outside a cluster, whose default is Snapshot.
 */
export function removalReason(resource: TemplateResource, orphaned: boolean): string {
  const policy = ownValue(resource.value, "DeletionPolicy");
  if (orphaned) return `DeletionPolicy ${String(policy)}: the resource is retained (orphaned): CloudFormation stops managing it, nothing is deleted`;
  if (policy === "Snapshot") return "DeletionPolicy Snapshot: a final snapshot is taken, the resource is deleted";
  if (policy === "Delete") return "DeletionPolicy Delete: the resource is deleted";
  if (policy === undefined) {
    return snapshotsByDefault(resource)
      ? "no DeletionPolicy: CloudFormation's default for this type is Snapshot, so a final snapshot is taken and the resource is deleted"
      : "no DeletionPolicy: the resource is deleted (the default is Delete)";
  }
  return typeof policy === "string"
    ? `DeletionPolicy ${JSON.stringify(policy.slice(0, 40))} is not a value CloudFormation knows: treated as Delete, the resource is deleted`
    : "DeletionPolicy is not a literal value: treated as Delete, the resource is deleted";
}

/**
 * `replacementOf` describes a replacement: CloudFormation always creates the new resource first, then applies
 * the old one's `UpdateReplacePolicy`: Retain leaves it orphaned (`oldObject: "forgotten"`), Snapshot keeps a
 * snapshot and deletes it, Delete (the default) deletes it. `paths` are the attribute paths forcing it.
 */
export function replacementOf(base: TemplateResource, paths: (string | number)[][]): { replacement: Replacement; reason: string } {
  const policy = ownValue(base.value, "UpdateReplacePolicy");
  const replacement: Replacement = { order: "create-first", paths, oldObject: policy === "Retain" ? "forgotten" : "destroyed" };
  return { replacement, reason: replacePolicyReason(policy) };
}

function replacePolicyReason(policy: unknown): string {
  if (policy === "Retain") return "UpdateReplacePolicy Retain: the old resource is kept but no longer managed (orphaned), nothing is deleted";
  if (policy === "Snapshot") return "UpdateReplacePolicy Snapshot: a snapshot of the old resource is taken, then it is deleted";
  if (policy === "Delete") return "UpdateReplacePolicy Delete: the old resource is deleted once its replacement exists";
  if (policy === undefined) return "no UpdateReplacePolicy: the old resource is deleted once its replacement exists";
  return "UpdateReplacePolicy is not a value CloudFormation knows: treated as Delete, the old resource is deleted once its replacement exists";
}

function snapshotsByDefault(resource: TemplateResource): boolean {
  if (resource.type === "AWS::RDS::DBCluster") return true;
  if (resource.type !== "AWS::RDS::DBInstance") return false;
  const properties = ownObject(resource.value, "Properties");
  return properties === undefined || ownValue(properties, "DBClusterIdentifier") === undefined;
}
