import { ResourceImpact } from "@aws-cdk/cloudformation-diff";
import type { TemplateResource } from "./checked-template.js";
import { ownValue } from "./json-value.js";
import { capItems, oneLine } from "./list-items.js";
import type { ResourceOutcome } from "./resource-outcome.js";

const POLICIES = new Set(["DeletionPolicy", "UpdateReplacePolicy"]);

/**
 * `changeReasons` explains an update or replacement from the diff: a type change, the properties that force
 * a replacement (`DBInstanceIdentifier requires replacement`) or may (`may require replacement`), the
 * replaced resources that force it through a reference (`because Db is replaced`), the updated properties,
 * properties the resource specification does not know, and other attributes (`DeletionPolicy changes from
 * Retain to Delete`). `addressOf` turns a logical ID into the address reported (nested stacks prefix it).
 */
export function changeReasons(params: {
  outcome: ResourceOutcome;
  base: TemplateResource | undefined;
  head: TemplateResource | undefined;
  addressOf: (id: string) => string;
}): string[] {
  const { outcome, base, head, addressOf } = params;
  const reasons: string[] = [];
  if (outcome.failure !== undefined) reasons.push(`the diff library failed on this resource (${outcome.failure}): Airlock cannot tell what the change does`);
  if (outcome.impact === ResourceImpact.MAY_REPLACE) reasons.push("may require replacement");
  if (outcome.typeChange !== undefined) reasons.push(`Type changes from ${outcome.typeChange.from} to ${outcome.typeChange.to}, which requires replacement`);
  for (const p of outcome.replacing) reasons.push(`${p} requires replacement`);
  for (const p of outcome.mayReplace) reasons.push(`${p} may require replacement`);
  const causes = outcome.propagated?.causes ?? [];
  for (const cause of causes) reasons.push(`because ${addressOf(cause)} is replaced`);
  if (outcome.propagated !== undefined && causes.length === 0) reasons.push("because a resource it references is replaced");
  const details: string[] = [];
  for (const p of outcome.updating) details.push(`${p} changes`);
  for (const p of outcome.unspecified) details.push(`${p} changes (not in the AWS resource specification: whether it forces a replacement is unknown)`);
  for (const attribute of outcome.other) details.push(otherReason(attribute, base, head));
  return [...reasons, ...capItems(details, "changed attributes")];
}

function otherReason(attribute: string, base: TemplateResource | undefined, head: TemplateResource | undefined): string {
  if (!POLICIES.has(attribute)) return `${attribute} changes`;
  const show = (r: TemplateResource | undefined) => {
    const value = r === undefined ? undefined : ownValue(r.value, attribute);
    return value === undefined ? "unset" : oneLine(typeof value === "string" ? value : JSON.stringify(value), 60);
  };
  return `${attribute} changes from ${show(base)} to ${show(head)}`;
}
