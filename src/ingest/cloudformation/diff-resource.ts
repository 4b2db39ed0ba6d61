import { deepEqual, fullDiff, ResourceImpact, type ResourceDifference } from "@aws-cdk/cloudformation-diff";
import type { JsonObject } from "./json-value.js";
import { noChange, type ResourceOutcome } from "./resource-outcome.js";
import { securityReasons } from "./security-reasons.js";

/**
 * `diffResource` diffs one resource with `fullDiff` from `@aws-cdk/cloudformation-diff`, on two one-resource
 * templates. Diffing resource by resource keeps the cost linear: the library's own replacement propagation
 * re-diffs the whole template once per replaced resource, which is quadratic or worse on large templates
 * (`propagateReplacements` does that part). Everything else (which properties force a replacement, the
 * Retain orphan rule, IAM and security group changes) is the library's. The library throws on some malformed
 * resources (a policy without a document): the outcome then guesses the impact from presence and says why.
 */
export function diffResource(id: string, base: JsonObject | undefined, head: JsonObject | undefined): ResourceOutcome {
  try {
    if (base !== undefined && head !== undefined && deepEqual(base, head)) return noChange();
    const diff = fullDiff(asTemplate(id, base), asTemplate(id, head));
    if (!diff.resources.has(id)) return noChange();
    return { ...summarize(diff.resources.get(id)), security: securityReasons(diff) };
  } catch (error) {
    const impact = base === undefined ? ResourceImpact.WILL_CREATE : head === undefined ? ResourceImpact.WILL_DESTROY : ResourceImpact.WILL_UPDATE;
    return { ...noChange(), impact, failure: error instanceof Error ? error.name : "error" };
  }
}

function asTemplate(id: string, resource: JsonObject | undefined): { Resources: JsonObject } {
  const resources: JsonObject = {};
  // Logical IDs are checked to be alphanumeric, so this own property can never be a prototype setter.
  if (resource !== undefined) resources[id] = resource;
  return { Resources: resources };
}

function summarize(difference: ResourceDifference): Omit<ResourceOutcome, "security"> {
  const outcome = noChange();
  outcome.impact = difference.changeImpact;
  const { oldResourceType, newResourceType } = difference;
  if (oldResourceType !== undefined && newResourceType !== undefined && oldResourceType !== newResourceType) {
    outcome.typeChange = { from: oldResourceType, to: newResourceType };
  }
  for (const [name, property] of Object.entries(difference.propertyUpdates)) {
    if (property.changeImpact === ResourceImpact.WILL_REPLACE) outcome.replacing.push(name);
    else if (property.changeImpact === ResourceImpact.MAY_REPLACE) outcome.mayReplace.push(name);
    else if (property.changeImpact === ResourceImpact.WILL_UPDATE) outcome.updating.push(name);
    else outcome.unspecified.push(name);
  }
  outcome.other = Object.keys(difference.otherChanges);
  return outcome;
}
