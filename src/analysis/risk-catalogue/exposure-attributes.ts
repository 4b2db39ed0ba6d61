import type { GuardAttribute } from "./guard-attribute.js";

/** What an exposure change opens up; each effect has its weight in `ScoringWeights.widening`. */
export type ExposureEffect = "publiclyAccessible" | "publicAccessBlockOff" | "publicAcl";

const PUBLIC_ACCESS_BLOCK_MEANING = "a bucket policy or ACL can now make objects public";

function publicAccessBlock(id: string, cloudformationKey: string, check: string): GuardAttribute<ExposureEffect> {
  return {
    id, scope: "named", terraform: [id], cloudformation: ["Properties", "PublicAccessBlockConfiguration", cloudformationKey],
    danger: { kind: "turned-off" }, effect: "publicAccessBlockOff", meaning: PUBLIC_ACCESS_BLOCK_MEANING, checks: check,
  };
}

/**
 * Attributes whose change exposes a resource to the internet. They widen access rather than destroy,
 * so they count in blast radius (a new exposure on create counts too).
 */
export const EXPOSURE_ATTRIBUTES: readonly GuardAttribute<ExposureEffect>[] = [
  { id: "publicly_accessible", scope: "any-type", terraform: ["publicly_accessible"], cloudformation: ["Properties", "PubliclyAccessible"],
    danger: { kind: "turned-on" }, effect: "publiclyAccessible", meaning: "the database gets a public endpoint reachable from the internet",
    checks: "Checkov CKV_AWS_17, Trivy AWS-0180" },
  publicAccessBlock("block_public_acls", "BlockPublicAcls", "Checkov CKV_AWS_53, Trivy AWS-0086"),
  publicAccessBlock("block_public_policy", "BlockPublicPolicy", "Checkov CKV_AWS_54, Trivy AWS-0087"),
  publicAccessBlock("ignore_public_acls", "IgnorePublicAcls", "Checkov CKV_AWS_55, Trivy AWS-0091"),
  publicAccessBlock("restrict_public_buckets", "RestrictPublicBuckets", "Checkov CKV_AWS_56, Trivy AWS-0093"),
  { id: "acl", scope: "named", terraform: ["acl"], danger: { kind: "set-to", values: ["public-read", "public-read-write", "authenticated-read"] },
    effect: "publicAcl", meaning: "anyone can read (or write) the bucket's objects", checks: "Checkov CKV_AWS_20" },
  { id: "acl", scope: "named", cloudformation: ["Properties", "AccessControl"], danger: { kind: "set-to", values: ["PublicRead", "PublicReadWrite", "AuthenticatedRead"] },
    effect: "publicAcl", meaning: "anyone can read (or write) the bucket's objects", checks: "Checkov CKV_AWS_20" },
  { id: "allow_nested_items_to_be_public", scope: "named", terraform: ["allow_nested_items_to_be_public"],
    danger: { kind: "turned-on" }, effect: "publicAcl", meaning: "containers in the account can be made public", checks: "Checkov CKV_AZURE_59" },
  { id: "public_access_prevention", scope: "named", terraform: ["public_access_prevention"],
    danger: { kind: "removed-from", values: ["enforced"] }, effect: "publicAccessBlockOff", meaning: "IAM bindings can now make the bucket's objects public" },
  { id: "endpoint_public_access", scope: "named", terraform: ["vpc_config", 0, "endpoint_public_access"],
    cloudformation: ["Properties", "ResourcesVpcConfig", "EndpointPublicAccess"],
    danger: { kind: "turned-on" }, effect: "publiclyAccessible", meaning: "the cluster's API endpoint is reachable from the internet" },
];
