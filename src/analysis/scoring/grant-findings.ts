import { asObjectList, asStringList, readAttribute } from "./read-attribute.js";
import type { WideningFinding } from "./widening-finding.js";

const AWS_ATTACHMENTS = new Set(["aws_iam_role_policy_attachment", "aws_iam_user_policy_attachment", "aws_iam_group_policy_attachment", "aws_iam_policy_attachment"]);

/** AWS managed policies that grant (or can grant themselves) administrator access, by name. */
const AWS_ADMIN_POLICIES: readonly { name: string; weight: "adminAttachment" | "powerUserAttachment"; checks?: string }[] = [
  { name: "AdministratorAccess", weight: "adminAttachment", checks: "Checkov CKV_AWS_274" },
  { name: "IAMFullAccess", weight: "adminAttachment" },
  { name: "PowerUserAccess", weight: "powerUserAttachment" },
];

/** GCP roles that own a project or can grant any role, and the broad editor role. */
const GCP_ADMIN_ROLES: Readonly<Record<string, "adminAttachment" | "powerUserAttachment">> = {
  "roles/owner": "adminAttachment",
  "roles/resourcemanager.organizationAdmin": "adminAttachment",
  "roles/resourcemanager.projectIamAdmin": "adminAttachment",
  "roles/iam.securityAdmin": "adminAttachment",
  "roles/editor": "powerUserAttachment",
};

/** Azure built-in roles by name and by role definition id (GUID). */
const AZURE_ADMIN_ROLES: Readonly<Record<string, "adminAttachment" | "powerUserAttachment">> = {
  owner: "adminAttachment",
  "user access administrator": "adminAttachment",
  contributor: "powerUserAttachment",
  "8e3af657-a8ff-443c-a75c-2fe8c4bcb635": "adminAttachment",
  "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9": "adminAttachment",
  "b24988ac-6180-42a0-ab88-20f7382dd24c": "powerUserAttachment",
};

const PUBLIC_MEMBERS = new Set(["allUsers", "allAuthenticatedUsers"]);

/** `hasGrants` tells whether a type can grant a role or attach a policy (a cheap pre-check). */
export function hasGrants(type: string): boolean {
  return AWS_ATTACHMENTS.has(type) || type === "aws_iam_role" || type === "aws_ssoadmin_managed_policy_attachment" || type === "AWS::IAM::Role"
    || type === "AWS::IAM::User" || type === "AWS::IAM::Group" || type === "azurerm_role_assignment" || isGoogleIam(type);
}

/** `grantFindings` finds admin grants: admin managed policies attached, GCP owner/editor bindings, public GCP members, Azure Owner/Contributor assignments. */
export function grantFindings(type: string, attributes: unknown): WideningFinding[] {
  if (AWS_ATTACHMENTS.has(type)) return awsPolicyFindings(asStringList(readAttribute(attributes, ["policy_arn"])));
  if (type === "aws_ssoadmin_managed_policy_attachment") return awsPolicyFindings(asStringList(readAttribute(attributes, ["managed_policy_arn"])));
  if (type === "aws_iam_role") return awsPolicyFindings(asStringList(readAttribute(attributes, ["managed_policy_arns"])));
  if (type.startsWith("AWS::IAM::")) return awsPolicyFindings(asStringList(readAttribute(attributes, ["Properties", "ManagedPolicyArns"])));
  if (type === "azurerm_role_assignment") return azureFindings(attributes);
  if (isGoogleIam(type)) return googleFindings(type, attributes);
  return [];
}

function awsPolicyFindings(arns: readonly string[]): WideningFinding[] {
  const findings: WideningFinding[] = [];
  for (const arn of arns) {
    // an ARN from an expression (`${data.aws_iam_policy.admin.arn}`) is matched by its text only
    const policy = AWS_ADMIN_POLICIES.find((p) => arn.endsWith(`:policy/${p.name}`) || (arn.includes("${") && arn.includes(p.name)));
    if (policy === undefined) continue;
    const finding: WideningFinding = { key: `aws-managed:${policy.name}`, rule: "widening.admin-grant", weight: policy.weight, detail: `attaches the AWS managed policy ${policy.name}` };
    if (policy.checks !== undefined) finding.checks = policy.checks;
    findings.push(finding);
  }
  return findings;
}

function azureFindings(attributes: unknown): WideningFinding[] {
  const name = readAttribute(attributes, ["role_definition_name"]);
  const id = readAttribute(attributes, ["role_definition_id"]);
  const guid = typeof id === "string" ? id.slice(id.lastIndexOf("/") + 1).toLowerCase() : "";
  const key = typeof name === "string" && AZURE_ADMIN_ROLES[name.toLowerCase()] !== undefined ? name.toLowerCase() : guid;
  const weight = AZURE_ADMIN_ROLES[key];
  if (weight === undefined) return [];
  return [{ key: `azure-role:${key}`, rule: "widening.admin-grant", weight, detail: `assigns the Azure built-in role ${typeof name === "string" ? name : guid}` }];
}

function googleFindings(type: string, attributes: unknown): WideningFinding[] {
  const bindings = type.endsWith("_iam_policy") ? googlePolicyBindings(readAttribute(attributes, ["policy_data"])) : [googleBinding(attributes)];
  const findings: WideningFinding[] = [];
  for (const binding of bindings) {
    const weight = GCP_ADMIN_ROLES[binding.role];
    const serviceAccount = binding.members.some((m) => m.startsWith("serviceAccount:"));
    if (weight !== undefined) {
      const finding: WideningFinding = { key: `gcp-role:${binding.role}`, rule: "widening.admin-grant", weight, detail: `grants ${binding.role}` };
      if (serviceAccount) finding.checks = "Checkov CKV_GCP_42, Trivy GCP-0007";
      findings.push(finding);
    }
    const open = binding.members.find((m) => PUBLIC_MEMBERS.has(m));
    if (open !== undefined) findings.push({ key: `gcp-public:${binding.role}`, rule: "widening.public-principal", weight: "publicPrincipal", detail: `grants ${binding.role || "a role"} to ${open} (anyone)` });
  }
  return findings;
}

function googleBinding(attributes: unknown): { role: string; members: string[] } {
  const role = readAttribute(attributes, ["role"]);
  const members = [...asStringList(readAttribute(attributes, ["member"])), ...asStringList(readAttribute(attributes, ["members"]))];
  return { role: typeof role === "string" ? role : "", members };
}

function googlePolicyBindings(policyData: unknown): { role: string; members: string[] }[] {
  if (typeof policyData !== "string" || !policyData.trim().startsWith("{")) return [];
  try {
    const parsed = JSON.parse(policyData) as { bindings?: unknown };
    return asObjectList(parsed.bindings).map((b) => ({ role: typeof b.role === "string" ? b.role : "", members: asStringList(b.members) }));
  } catch {
    return [];
  }
}

function isGoogleIam(type: string): boolean {
  return type.startsWith("google_") && (type.endsWith("_iam_member") || type.endsWith("_iam_binding") || type.endsWith("_iam_policy"));
}
