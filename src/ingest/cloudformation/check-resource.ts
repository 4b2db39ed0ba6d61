import type { TemplateResource } from "./checked-template.js";
import { jsonPath } from "./json-path.js";
import { isJsonObject, ownValue } from "./json-value.js";
import type { CfnFinding } from "./stack-diagnostics.js";

/** CloudFormation logical IDs are alphanumeric; anything else is rejected before it reaches the diff. */
const LOGICAL_ID = /^[A-Za-z0-9]{1,255}$/;

/**
 * `checkResource` checks the shape of one `Resources` entry and returns it as a TemplateResource, or returns
 * undefined after reporting why it cannot be diffed (an error: the stack is then incomplete). Oddities that
 * CloudFormation would reject but that do not stop the diff (`DependsOn`, `Metadata` or a policy of the wrong
 * type) are warnings. `label` names the side (`head template`).
 */
export function checkResource(params: {
  id: string;
  value: unknown;
  file: string;
  label: string;
  report: (finding: CfnFinding) => void;
}): TemplateResource | undefined {
  const { id, value, file, label, report } = params;
  const at = (...rest: string[]) => jsonPath(["Resources", id, ...rest]);
  const fail = (code: string, path: string, message: string): undefined => {
    report({ level: "error", code, file, path, message: `${message} in the ${label}: the resource is not analysed` });
    return undefined;
  };
  if (id.startsWith("Fn::ForEach::")) return fail("cfn.foreach", at(), `${id.slice(0, 80)} is a Fn::ForEach loop: the resources it expands to at deploy time are unknown`);
  if (!LOGICAL_ID.test(id)) return fail("cfn.invalid-logical-id", at(), `logical ID ${JSON.stringify(id.slice(0, 80))} is not alphanumeric`);
  if (!isJsonObject(value)) return fail("cfn.invalid-resource", at(), `resource ${id} is not an object`);
  const type = ownValue(value, "Type");
  if (typeof type !== "string" || type === "") return fail("cfn.invalid-type", at("Type"), `resource ${id} has no Type string`);
  const properties = ownValue(value, "Properties");
  if (properties !== undefined && !isJsonObject(properties)) return fail("cfn.invalid-properties", at("Properties"), `Properties of ${id} is not an object`);
  warnOddities({ id, value, file, label, report, at });
  return { id, type, value };
}

function warnOddities(params: {
  id: string;
  value: Record<string, unknown>;
  file: string;
  label: string;
  report: (finding: CfnFinding) => void;
  at: (...rest: string[]) => string;
}): void {
  const { id, value, file, label, report, at } = params;
  const dependsOn = ownValue(value, "DependsOn");
  if (dependsOn !== undefined && typeof dependsOn !== "string" && !(Array.isArray(dependsOn) && dependsOn.every((d) => typeof d === "string"))) {
    report({ level: "warning", code: "cfn.invalid-depends-on", file, path: at("DependsOn"), message: `DependsOn of ${id} in the ${label} is neither a logical ID nor a list of them: it is ignored` });
  }
  const metadata = ownValue(value, "Metadata");
  if (metadata !== undefined && !isJsonObject(metadata)) {
    report({ level: "warning", code: "cfn.invalid-metadata", file, path: at("Metadata"), message: `Metadata of ${id} in the ${label} is not an object: its construct path is unknown` });
  }
  for (const policy of ["DeletionPolicy", "UpdateReplacePolicy"]) {
    const set = ownValue(value, policy);
    if (set !== undefined && typeof set !== "string") {
      report({ level: "warning", code: "cfn.policy-not-literal", file, path: at(policy), message: `${policy} of ${id} in the ${label} is not a literal value: Airlock cannot tell whether the resource is kept, and treats it as deleted` });
    }
  }
}
