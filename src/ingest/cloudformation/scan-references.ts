import { isJsonObject, ownValue } from "./json-value.js";
import { subReferences } from "./sub-references.js";

/**
 * `scanReferences` collects the logical names a template value refers to through intrinsic functions:
 * `{Ref: X}`, `{"Fn::GetAtt": [X, attr]}` and its `"X.attr"` string form, and `${X}` / `${X.attr}` inside
 * `Fn::Sub` (minus the Sub's own variables). Names may be resources, parameters or pseudo parameters; the
 * caller keeps the ones it knows. The value must already be depth-checked (`measureValue`): this recurses.
 */
export function scanReferences(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) scanReferences(item, into);
    return into;
  }
  if (!isJsonObject(value)) return into;
  const keys = Object.keys(value);
  if (keys.length === 1) {
    const key = keys[0] ?? "";
    const arg = value[key];
    if (key === "Ref" && typeof arg === "string") return into.add(arg);
    if (key === "Fn::GetAtt") addGetAtt(arg, into);
    if (key === "Fn::Sub") addSub(arg, into);
  }
  for (const key of keys) scanReferences(value[key], into);
  return into;
}

/** `dependsOnOf` reads a resource's `DependsOn` (one logical ID or a list); anything else counts as none. */
export function dependsOnOf(resource: Record<string, unknown>): string[] {
  const dependsOn = ownValue(resource, "DependsOn");
  if (typeof dependsOn === "string") return [dependsOn];
  return Array.isArray(dependsOn) ? dependsOn.filter((d): d is string => typeof d === "string") : [];
}

function addGetAtt(arg: unknown, into: Set<string>): void {
  if (typeof arg === "string") {
    const dot = arg.indexOf(".");
    into.add(dot === -1 ? arg : arg.slice(0, dot));
  } else if (Array.isArray(arg) && typeof arg[0] === "string") {
    into.add(arg[0]);
  }
}

function addSub(arg: unknown, into: Set<string>): void {
  const text = typeof arg === "string" ? arg : Array.isArray(arg) && typeof arg[0] === "string" ? arg[0] : undefined;
  if (text === undefined) return;
  const variables = Array.isArray(arg) && isJsonObject(arg[1]) ? arg[1] : undefined;
  for (const name of subReferences(text)) {
    if (variables === undefined || !Object.hasOwn(variables, name)) into.add(name);
  }
}
