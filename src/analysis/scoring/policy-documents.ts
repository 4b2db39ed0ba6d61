import type { AttributePath } from "../risk-catalogue/index.js";
import type { PolicyContext } from "./iam-policy-findings.js";
import { asObjectList, readAttribute } from "./read-attribute.js";

/** Where a type keeps a policy document: a path, or a list of blocks each holding one (`inline_policy[*].policy`). */
interface PolicySource {
  path: AttributePath;
  each?: AttributePath;
  context: PolicyContext;
}

const identity = (path: AttributePath): PolicySource => ({ path, context: "identity" });
const resource = (path: AttributePath): PolicySource => ({ path, context: "resource" });

/** Policy document locations by type; only these attributes of these types are ever parsed. */
const POLICY_SOURCES: Readonly<Record<string, readonly PolicySource[]>> = {
  aws_iam_policy: [identity(["policy"])],
  aws_iam_role_policy: [identity(["policy"])],
  aws_iam_user_policy: [identity(["policy"])],
  aws_iam_group_policy: [identity(["policy"])],
  aws_iam_role: [{ path: ["assume_role_policy"], context: "trust" }, { path: ["inline_policy"], each: ["policy"], context: "identity" }],
  aws_s3_bucket: [resource(["policy"])],
  aws_s3_bucket_policy: [resource(["policy"])],
  aws_sqs_queue: [resource(["policy"])],
  aws_sqs_queue_policy: [resource(["policy"])],
  aws_sns_topic: [resource(["policy"])],
  aws_sns_topic_policy: [resource(["policy"])],
  aws_kms_key: [resource(["policy"])],
  aws_ecr_repository_policy: [resource(["policy"])],
  aws_secretsmanager_secret_policy: [resource(["policy"])],
  aws_glacier_vault: [resource(["access_policy"])],
  aws_opensearch_domain: [resource(["access_policies"])],
  aws_elasticsearch_domain: [resource(["access_policies"])],
  "AWS::IAM::Policy": [identity(["Properties", "PolicyDocument"])],
  "AWS::IAM::ManagedPolicy": [identity(["Properties", "PolicyDocument"])],
  "AWS::IAM::Role": [
    { path: ["Properties", "AssumeRolePolicyDocument"], context: "trust" },
    { path: ["Properties", "Policies"], each: ["PolicyDocument"], context: "identity" },
  ],
  "AWS::IAM::User": [{ path: ["Properties", "Policies"], each: ["PolicyDocument"], context: "identity" }],
  "AWS::IAM::Group": [{ path: ["Properties", "Policies"], each: ["PolicyDocument"], context: "identity" }],
  "AWS::S3::BucketPolicy": [resource(["Properties", "PolicyDocument"])],
  "AWS::SQS::QueuePolicy": [resource(["Properties", "PolicyDocument"])],
  "AWS::SNS::TopicPolicy": [resource(["Properties", "PolicyDocument"])],
  "AWS::KMS::Key": [resource(["Properties", "KeyPolicy"])],
};

/** `hasPolicyDocuments` tells whether a type keeps IAM policy documents at all (a cheap pre-check). */
export function hasPolicyDocuments(type: string): boolean {
  return POLICY_SOURCES[type] !== undefined;
}

/** `policyDocumentsOf` returns the policy documents of a resource's attributes, each with its context. */
export function policyDocumentsOf(type: string, attributes: unknown): { document: unknown; context: PolicyContext }[] {
  const out: { document: unknown; context: PolicyContext }[] = [];
  for (const source of POLICY_SOURCES[type] ?? []) {
    const value = readAttribute(attributes, source.path);
    if (value === undefined || value === null) continue;
    if (source.each === undefined) {
      out.push({ document: value, context: source.context });
      continue;
    }
    for (const block of asObjectList(value)) {
      const document = readAttribute(block, source.each);
      if (document !== undefined && document !== null) out.push({ document, context: source.context });
    }
  }
  return out;
}
