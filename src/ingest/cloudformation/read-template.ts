import { CFN_LIMITS } from "./cfn-limits.js";
import type { CheckedTemplate, TemplateResource } from "./checked-template.js";
import { checkResource } from "./check-resource.js";
import { checkTransforms } from "./check-transforms.js";
import { jsonPath } from "./json-path.js";
import { isJsonObject, ownObject, ownValue } from "./json-value.js";
import { measureValue } from "./measure-value.js";
import type { CfnFinding } from "./stack-diagnostics.js";

/** Resources still allowed in this call, shared by every template read (see `CFN_LIMITS.maxResourcesPerCall`). */
export interface ResourceBudget {
  remaining: number;
}

/**
 * `readTemplate` checks one side of a stack before it is diffed and returns what can be diffed, or undefined
 * when the value is not a usable template at all (not an object, no `Resources` object, too many resources
 * or values): then nothing of this stack is diffed, and the error diagnostic makes the stack incomplete.
 * Individual resources that are malformed or nested too deeply are left out with an error; `Parameters` and
 * `Outputs` of the wrong shape are ignored with a warning.
 */
export function readTemplate(params: {
  value: unknown;
  file: string;
  side: "base" | "head";
  /** Report `Transform`s: always for the head, for the base only when its transforms differ (no repeats). */
  reportTransforms: boolean;
  budget: ResourceBudget;
  report: (finding: CfnFinding) => void;
}): CheckedTemplate | undefined {
  const { value, file, side, budget, report } = params;
  const label = `${side} template`;
  const fail = (code: string, path: string | undefined, message: string): undefined => {
    report({ level: "error", code, file, path, message });
    return undefined;
  };
  if (!isJsonObject(value)) return fail("cfn.not-template", undefined, `the ${label} is not a JSON object: expected a CloudFormation template with a Resources section`);
  const resources = ownValue(value, "Resources");
  if (!isJsonObject(resources)) return fail("cfn.no-resources", "Resources", `the ${label} has no Resources object, so it is not a CloudFormation template`);
  const ids = Object.keys(resources);
  if (ids.length > CFN_LIMITS.maxResourcesPerTemplate) {
    return fail("cfn.too-many-resources", "Resources", `the ${label} declares ${ids.length} resources, more than the ${CFN_LIMITS.maxResourcesPerTemplate} Airlock reads: it is not analysed`);
  }
  if (ids.length > budget.remaining) return fail("cfn.too-many-resources", "Resources", `the ${label} would take this analysis past ${CFN_LIMITS.maxResourcesPerCall} resources in all: it is not analysed`);
  budget.remaining -= ids.length;
  const nodes = { left: CFN_LIMITS.maxNodesPerTemplate };
  const checked = new Map<string, TemplateResource>();
  for (const id of ids) {
    const fits = fitsLimits(resources[id], nodes);
    if (fits === "nodes") return fail("cfn.too-large", "Resources", `the ${label} holds more than ${CFN_LIMITS.maxNodesPerTemplate} values: it is not analysed`);
    if (fits === "depth") {
      report({ level: "error", code: "cfn.too-deep", file, path: jsonPath(["Resources", id]), message: `resource ${id} in the ${label} is nested deeper than ${CFN_LIMITS.maxDepth} levels: it is not analysed` });
      continue;
    }
    const resource = checkResource({ id, value: resources[id], file, label, report });
    if (resource !== undefined) checked.set(id, resource);
  }
  const parameters = readSection(value, "Parameters", { file, label, report, nodes });
  const outputs = readSection(value, "Outputs", { file, label, report, nodes });
  if (parameters === undefined || outputs === undefined) return fail("cfn.too-large", undefined, `the ${label} holds more than ${CFN_LIMITS.maxNodesPerTemplate} values: it is not analysed`);
  if (params.reportTransforms) checkTransforms({ value: ownValue(value, "Transform"), file, label, report });
  return { resources: checked, parameters, outputs, cdk: hasCdkMetadata(checked, parameters) };
}

function fitsLimits(value: unknown, nodes: { left: number }): "ok" | "depth" | "nodes" {
  const measure = measureValue(value, { maxDepth: CFN_LIMITS.maxDepth, maxNodes: nodes.left });
  nodes.left -= measure.nodes;
  return measure.exceeded ?? "ok";
}

/** Reads `Parameters` or `Outputs` as a map; undefined only when the template's value budget ran out. */
function readSection(
  template: Record<string, unknown>,
  key: "Parameters" | "Outputs",
  ctx: { file: string; label: string; report: (finding: CfnFinding) => void; nodes: { left: number } },
): Map<string, unknown> | undefined {
  const raw = ownValue(template, key);
  if (raw === undefined) return new Map();
  const section = ownObject(template, key);
  if (section === undefined) {
    ctx.report({ level: "warning", code: "cfn.invalid-section", file: ctx.file, path: key, message: `${key} in the ${ctx.label} is not an object: it is ignored` });
    return new Map();
  }
  const fits = fitsLimits(section, ctx.nodes);
  if (fits === "nodes") return undefined;
  if (fits === "depth") {
    ctx.report({ level: "error", code: "cfn.too-deep", file: ctx.file, path: key, message: `${key} in the ${ctx.label} is nested deeper than ${CFN_LIMITS.maxDepth} levels: its changes are not analysed` });
    return new Map();
  }
  return new Map(Object.entries(section));
}

/**
 * CDK fingerprints: its version-reporting resource, construct path metadata, or the bootstrap version
 * parameter its default synthesizer adds (the only one left when path metadata and analytics are off).
 */
function hasCdkMetadata(resources: ReadonlyMap<string, TemplateResource>, parameters: ReadonlyMap<string, unknown>): boolean {
  const bootstrap = parameters.get("BootstrapVersion");
  const fallback = isJsonObject(bootstrap) ? ownValue(bootstrap, "Default") : undefined;
  if (typeof fallback === "string" && fallback.startsWith("/cdk-bootstrap/")) return true;
  for (const resource of resources.values()) {
    if (resource.type === "AWS::CDK::Metadata") return true;
    const metadata = ownObject(resource.value, "Metadata");
    if (metadata !== undefined && typeof ownValue(metadata, "aws:cdk:path") === "string") return true;
  }
  return false;
}
