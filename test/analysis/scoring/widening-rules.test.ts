import { describe, expect, it } from "vitest";
import { scoreBlastRadius } from "../../../src/analysis/scoring/index.js";
import type { ResourceChange } from "../../../src/model/index.js";
import { aChange, aCloudFormationChange, blastInput } from "../../helpers/changes.js";

function widening(change: ResourceChange) {
  return scoreBlastRadius(blastInput({ changes: [change] })).reasons.filter((r) => r.rule.startsWith("widening."));
}

const policy = (statement: unknown) => JSON.stringify({ Version: "2012-10-17", Statement: statement });
const created = (type: string, after: Record<string, unknown>) => aChange({ type, address: `${type}.main`, action: "create", after });
const updated = (type: string, before: Record<string, unknown>, after: Record<string, unknown>) => aChange({ type, address: `${type}.main`, before, after });

describe("widening: IAM policy documents", () => {
  it.each<[string, ResourceChange, string, number, string?]>([
    ["Action * in a JSON policy string", created("aws_iam_policy", { policy: policy([{ Effect: "Allow", Action: "*", Resource: "*" }]) }), "widening.iam-wildcard", 30, "CKV_AWS_62"],
    ["Action *:*", created("aws_iam_role_policy", { policy: policy({ Effect: "Allow", Action: ["*:*"], Resource: "*" }) }), "widening.iam-wildcard", 30],
    ["iam:* (full IAM access)", created("aws_iam_user_policy", { policy: policy([{ Effect: "Allow", Action: "iam:*", Resource: "arn:aws:iam::1:role/x" }]) }), "widening.iam-wildcard", 25, "CKV2_AWS_40"],
    ["a service wildcard", created("aws_iam_policy", { policy: policy([{ Effect: "Allow", Action: "s3:*", Resource: "arn:aws:s3:::b/*" }]) }), "widening.iam-wildcard", 20, "AWS-0057"],
    ["write actions on Resource *", created("aws_iam_policy", { policy: policy([{ Effect: "Allow", Action: ["ec2:TerminateInstances"], Resource: "*" }]) }), "widening.iam-wildcard-resource", 20, "CKV_AWS_355"],
    ["Principal * in a bucket policy", created("aws_s3_bucket_policy", { policy: policy([{ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "arn:aws:s3:::b/*" }]) }), "widening.public-principal", 30],
    ["a role assumable by anyone", created("aws_iam_role", { assume_role_policy: policy([{ Effect: "Allow", Principal: { AWS: "*" }, Action: "sts:AssumeRole" }]) }), "widening.public-principal", 30, "CKV_AWS_60"],
    ["an inline policy block of a role", created("aws_iam_role", { inline_policy: [{ name: "x", policy: policy([{ Effect: "Allow", Action: "*", Resource: "*" }]) }] }), "widening.iam-wildcard", 30],
    ["HCL jsonencode text", created("aws_iam_policy", { policy: '${jsonencode({\n Version = "2012-10-17"\n Statement = [{ Action = "*", Effect = "Allow", Resource = "*" }]\n})}' }), "widening.iam-wildcard", 30, "checked as text only"],
    ["an aws_iam_policy_document data block", aChange({ type: "aws_iam_policy_document", mode: "data", action: "create", source: "hcl", certainty: "likely", before: null, after: { statement: [{ actions: ["*"], resources: ["*"] }] } }), "widening.iam-wildcard", 30, "static diff"],
    ["a CloudFormation policy object", aCloudFormationChange({ type: "AWS::IAM::Policy", action: "create", before: null, after: { Type: "AWS::IAM::Policy", Properties: { PolicyDocument: { Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] } } } }), "widening.iam-wildcard", 30],
    ["a CloudFormation KMS key policy open to anyone", aCloudFormationChange({ type: "AWS::KMS::Key", action: "create", before: null, after: { Type: "AWS::KMS::Key", Properties: { KeyPolicy: { Statement: { Effect: "Allow", Principal: { AWS: ["*"] }, Action: "kms:*", Resource: "*" } } } } }), "widening.public-principal", 30, "CKV_AWS_33"],
  ])("%s", (_name, change, rule, points, cites) => {
    const reason = widening(change).find((r) => r.rule === rule);
    expect(reason?.points).toBe(points);
    if (cites !== undefined) expect(reason?.message).toContain(cites);
  });

  it.each<[string, ResourceChange]>([
    ["a Deny statement", created("aws_iam_policy", { policy: policy([{ Effect: "Deny", Action: "*", Resource: "*" }]) })],
    ["read-only actions on Resource *", created("aws_iam_policy", { policy: policy([{ Effect: "Allow", Action: ["s3:GetObject", "ec2:Describe*"], Resource: "*" }]) })],
    ["a wildcard that was already there", updated("aws_iam_policy", { policy: policy([{ Effect: "Allow", Action: "*", Resource: "*" }]), description: "a" }, { policy: policy([{ Effect: "Allow", Action: "*", Resource: "*" }]), description: "b" })],
    ["a policy that is not JSON", created("aws_iam_policy", { policy: "{ not json" })],
    ["a trust policy for a service", created("aws_iam_role", { assume_role_policy: policy([{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }]) })],
    ["a read of the policy document data source", aChange({ type: "aws_iam_policy_document", mode: "data", action: "read", after: { statement: [{ actions: ["*"] }] } })],
  ])("ignores %s", (_name, change) => {
    expect(widening(change)).toEqual([]);
  });

  it("counts one reason per resource and rule, with the largest finding's weight", () => {
    const reasons = widening(created("aws_iam_policy", { policy: policy([{ Effect: "Allow", Action: ["iam:*", "s3:*", "ec2:*"], Resource: "arn:aws:s3:::b" }]) }));
    expect(reasons).toHaveLength(1);
    expect(reasons[0]?.points).toBe(25);
  });
});

describe("widening: grants", () => {
  it.each<[string, ResourceChange, number, string?]>([
    ["AdministratorAccess attached to a role", created("aws_iam_role_policy_attachment", { policy_arn: "arn:aws:iam::aws:policy/AdministratorAccess" }), 30, "CKV_AWS_274"],
    ["PowerUserAccess attached to a user", created("aws_iam_user_policy_attachment", { policy_arn: "arn:aws:iam::aws:policy/PowerUserAccess" }), 25],
    ["IAMFullAccess in a role's managed_policy_arns", created("aws_iam_role", { managed_policy_arns: ["arn:aws-us-gov:iam::aws:policy/IAMFullAccess"] }), 30],
    ["AdministratorAccess in a CloudFormation role", aCloudFormationChange({ type: "AWS::IAM::Role", action: "create", before: null, after: { Type: "AWS::IAM::Role", Properties: { ManagedPolicyArns: ["arn:aws:iam::aws:policy/AdministratorAccess"] } } }), 30],
    ["GCP roles/owner to a service account", created("google_project_iam_member", { role: "roles/owner", member: "serviceAccount:ci@p.iam.gserviceaccount.com" }), 30, "CKV_GCP_42"],
    ["GCP roles/editor binding", created("google_project_iam_binding", { role: "roles/editor", members: ["group:devs@example.com"] }), 25],
    ["GCP roles/owner in an authoritative policy", created("google_project_iam_policy", { policy_data: JSON.stringify({ bindings: [{ role: "roles/owner", members: ["user:a@example.com"] }] }) }), 30],
    ["Azure Owner assignment", created("azurerm_role_assignment", { role_definition_name: "Owner", principal_id: "x" }), 30],
    ["Azure Contributor assignment by role id", created("azurerm_role_assignment", { role_definition_id: "/subscriptions/s/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c" }), 25],
  ])("%s", (_name, change, points, cites) => {
    const reason = widening(change).find((r) => r.rule === "widening.admin-grant");
    expect(reason?.points).toBe(points);
    if (cites !== undefined) expect(reason?.message).toContain(cites);
  });

  it("a public GCS member is a public principal", () => {
    const reasons = widening(created("google_storage_bucket_iam_member", { role: "roles/storage.objectViewer", member: "allUsers" }));
    expect(reasons.map((r) => [r.rule, r.points])).toEqual([["widening.public-principal", 30]]);
  });

  it("a narrow role is not a widening", () => {
    expect(widening(created("google_project_iam_member", { role: "roles/viewer", member: "user:a@example.com" }))).toEqual([]);
  });
});

describe("widening: ingress from anywhere", () => {
  const sg = (rule: Record<string, unknown>) => created("aws_security_group", { ingress: [{ cidr_blocks: [], ipv6_cidr_blocks: [], ...rule }], egress: [] });

  it.each<[string, ResourceChange, number, string]>([
    ["SSH to 0.0.0.0/0", sg({ cidr_blocks: ["0.0.0.0/0"], from_port: 22, to_port: 22, protocol: "tcp" }), 30, "CKV_AWS_24"],
    ["RDP to 0.0.0.0/0", sg({ cidr_blocks: ["0.0.0.0/0"], from_port: 3389, to_port: 3389, protocol: "tcp" }), 30, "CKV_AWS_25"],
    ["every port to ::/0", sg({ ipv6_cidr_blocks: ["::/0"], from_port: 0, to_port: 0, protocol: "-1" }), 30, "CKV_AWS_277"],
    ["HTTPS to 0.0.0.0/0", sg({ cidr_blocks: ["0.0.0.0/0"], from_port: 443, to_port: 443, protocol: "tcp" }), 25, "AWS-0107"],
    ["a VPC ingress rule", created("aws_vpc_security_group_ingress_rule", { cidr_ipv4: "0.0.0.0/0", from_port: 22, to_port: 22, ip_protocol: "tcp" }), 30, "CKV_AWS_24"],
    ["a network ACL rule", created("aws_network_acl_rule", { egress: false, rule_action: "allow", cidr_block: "0.0.0.0/0", protocol: "-1", from_port: 0, to_port: 0 }), 30, "CKV_AWS_352"],
    ["a GCP firewall", created("google_compute_firewall", { direction: "INGRESS", source_ranges: ["0.0.0.0/0"], allow: [{ protocol: "tcp", ports: ["22"] }] }), 30, "CKV_GCP_2"],
    ["Cloud SQL authorized networks", created("google_sql_database_instance", { settings: [{ ip_configuration: [{ authorized_networks: [{ name: "all", value: "0.0.0.0/0" }] }] }] }), 30, "CKV_GCP_11"],
    ["an Azure NSG rule from Internet", created("azurerm_network_security_rule", { direction: "Inbound", access: "Allow", source_address_prefix: "Internet", destination_port_range: "3389", protocol: "Tcp" }), 30, "CKV_AZURE_9"],
    ["a CloudFormation security group", aCloudFormationChange({ type: "AWS::EC2::SecurityGroup", action: "create", before: null, after: { Type: "AWS::EC2::SecurityGroup", Properties: { SecurityGroupIngress: [{ CidrIp: "0.0.0.0/0", FromPort: 80, ToPort: 80, IpProtocol: "tcp" }] } } }), 25, "CKV_AWS_260"],
  ])("%s", (_name, change, points, cites) => {
    const reason = widening(change).find((r) => r.rule === "widening.open-ingress");
    expect(reason?.points).toBe(points);
    expect(reason?.message).toContain(cites);
  });

  it.each<[string, ResourceChange]>([
    ["a private source", sg({ cidr_blocks: ["10.0.0.0/8"], from_port: 22, to_port: 22, protocol: "tcp" })],
    ["an egress rule", created("aws_security_group_rule", { type: "egress", cidr_blocks: ["0.0.0.0/0"], from_port: 0, to_port: 0, protocol: "-1" })],
    ["a disabled firewall", created("google_compute_firewall", { disabled: true, source_ranges: ["0.0.0.0/0"], allow: [{ protocol: "tcp" }] })],
    ["a deny NSG rule", created("azurerm_network_security_rule", { direction: "Inbound", access: "Deny", source_address_prefix: "*", destination_port_range: "*" })],
    ["an open rule that was already open", updated("aws_security_group", { ingress: [{ cidr_blocks: ["0.0.0.0/0"], from_port: 443, to_port: 443, protocol: "tcp" }], tags: {} }, { ingress: [{ cidr_blocks: ["0.0.0.0/0"], from_port: 443, to_port: 443, protocol: "tcp" }], tags: { a: "b" } })],
  ])("ignores %s", (_name, change) => {
    expect(widening(change)).toEqual([]);
  });
});

describe("widening: exposure", () => {
  it.each<[string, ResourceChange, number, string?]>([
    ["a database made public", updated("aws_db_instance", { publicly_accessible: false }, { publicly_accessible: true }), 25, "CKV_AWS_17"],
    ["a new public database", created("aws_db_instance", { publicly_accessible: true }), 25],
    ["a CloudFormation public database", aCloudFormationChange({ type: "AWS::RDS::DBInstance", action: "create", before: null, after: { Type: "AWS::RDS::DBInstance", Properties: { PubliclyAccessible: "true" } } }), 25],
    ["a public access block turned off", updated("aws_s3_bucket_public_access_block", { block_public_policy: true }, { block_public_policy: false }), 25, "CKV_AWS_54"],
    ["a public access block destroyed", aChange({ type: "aws_s3_bucket_public_access_block", action: "delete" }), 25],
    ["a public-read ACL", updated("aws_s3_bucket_acl", { acl: "private" }, { acl: "public-read" }), 25, "CKV_AWS_20"],
    ["a CloudFormation bucket's public access block off", aCloudFormationChange({ type: "AWS::S3::Bucket", before: { Type: "AWS::S3::Bucket", Properties: { PublicAccessBlockConfiguration: { BlockPublicAcls: true } } }, after: { Type: "AWS::S3::Bucket", Properties: { PublicAccessBlockConfiguration: { BlockPublicAcls: false } } } }), 25, "CKV_AWS_53"],
  ])("%s", (_name, change, points, cites) => {
    const reason = widening(change).find((r) => r.rule === "widening.exposure");
    expect(reason?.points).toBe(points);
    if (cites !== undefined) expect(reason?.message).toContain(cites);
  });
});

describe("widening: imports", () => {
  it("bringing an existing admin grant under management widens nothing", () => {
    const change = aChange({ type: "aws_iam_role_policy_attachment", action: "import", importing: { id: "x" }, before: null, after: { policy_arn: "arn:aws:iam::aws:policy/AdministratorAccess" } });
    expect(widening(change)).toEqual([]);
    expect(widening({ ...change, action: "update" })).toEqual([]);
  });
});
