import type { TemplateDiff } from "@aws-cdk/cloudformation-diff";
import { capItems, oneLine } from "./list-items.js";

type Statement = TemplateDiff["iamChanges"]["statements"]["additions"][number];
type Rule = TemplateDiff["securityGroupChanges"]["ingress"]["additions"][number];

/**
 * `securityReasons` turns what a diff adds to permissions into reasons: IAM statements that allow more (an
 * added Allow, a removed Deny), attached managed policies, IAM Identity Center grants, and added security
 * group rules, e.g. `adds IAM statement Allow * on *` or `adds ingress rule TCP port 22 from 0.0.0.0/0
 * (anyone)`. Narrowing changes give no reason. The diff is of one resource, so every reason is its own.
 */
export function securityReasons(diff: TemplateDiff): string[] {
  const reasons: string[] = [];
  const iam = diff.iamChanges;
  for (const statement of iam.statements.additions) if (!statement.isNegativeStatement) reasons.push(`adds IAM statement ${describeStatement(statement)}`);
  for (const statement of iam.statements.removals) if (statement.isNegativeStatement) reasons.push(`removes IAM statement ${describeStatement(statement)}`);
  for (const attachment of iam.managedPolicies.additions) reasons.push(`attaches managed policy ${oneLine(String(attachment.managedPolicyArn))}`);
  if (iam.ssoPermissionSets.hasAdditions) reasons.push("adds an IAM Identity Center permission set");
  if (iam.ssoAssignments.hasAdditions) reasons.push("adds an IAM Identity Center account assignment");
  if (iam.ssoInstanceACAConfigs.hasAdditions) reasons.push("adds IAM Identity Center access control attributes");
  const groups = diff.securityGroupChanges;
  for (const rule of groups.ingress.additions) reasons.push(`adds ingress rule ${describeTraffic(rule)} from ${describePeer(rule)}`);
  for (const rule of groups.egress.additions) reasons.push(`adds egress rule ${describeTraffic(rule)} to ${describePeer(rule)}`);
  return capItems(reasons, "permission changes");
}

function describeStatement(statement: Statement): string {
  const r = statement.render();
  // An effect-less rendering is a statement the library could not parse (an intrinsic): show it as is.
  if (r.effect === "") return `(not parsed) ${oneLine(r.resource)}`;
  const principal = r.principal === "" ? "" : ` for ${oneLine(r.principal)}`;
  const condition = r.condition === "" ? "" : ` when ${oneLine(r.condition, 120)}`;
  return `${r.effect} ${oneLine(r.action)} on ${oneLine(r.resource)}${principal}${condition}`;
}

function describeTraffic(rule: Rule): string {
  const protocol = String(rule.ipProtocol);
  if (protocol === "-1") return "all traffic";
  const name = protocol.toUpperCase();
  const from = rule.fromPort;
  const to = rule.toPort;
  if (from === undefined) return name;
  if (from === -1) return `${name} all ports`;
  return from === to || to === undefined ? `${name} port ${from}` : `${name} ports ${from}-${to}`;
}

function describePeer(rule: Rule): string {
  const peer = rule.peer;
  if (peer === undefined) return "an unknown peer";
  if (peer.kind === "cidr-ip") return peer.ip === "0.0.0.0/0" || peer.ip === "::/0" ? `${peer.ip} (anyone)` : String(peer.ip);
  if (peer.kind === "security-group") return `security group ${oneLine(String(peer.securityGroupId))}`;
  return `prefix list ${oneLine(String(peer.prefixListId))}`;
}
