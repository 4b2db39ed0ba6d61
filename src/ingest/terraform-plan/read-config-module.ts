import { isObject } from "./plan-json.js";
import type { JsonObject } from "./plan-json.js";

/** Module calls nested deeper than this are left out of the graph (real configurations stay far below). */
export const MAX_MODULE_DEPTH = 32;

/** One module of a plan's `configuration`, with its members checked for shape (wrong shapes read as empty). */
export interface ConfigModule {
  resources: unknown[];
  outputs: JsonObject;
  moduleCalls: JsonObject;
  variables: JsonObject;
}

const EMPTY: JsonObject = Object.freeze({}) as JsonObject;

/** `readConfigModule` reads a `root_module` or `module_calls.x.module` value. */
export function readConfigModule(value: unknown): ConfigModule {
  const module = isObject(value) ? value : EMPTY;
  return {
    resources: Array.isArray(module.resources) ? module.resources : [],
    outputs: isObject(module.outputs) ? module.outputs : EMPTY,
    moduleCalls: isObject(module.module_calls) ? module.module_calls : EMPTY,
    variables: isObject(module.variables) ? module.variables : EMPTY,
  };
}

/**
 * `configResourceAddress` returns the module-relative address of a `configuration` resource:
 * its `address`, or one built from `mode`, `type` and `name` when the address is missing.
 */
export function configResourceAddress(resource: unknown): string | undefined {
  if (!isObject(resource)) return undefined;
  if (typeof resource.address === "string" && resource.address !== "") return resource.address;
  if (typeof resource.type !== "string" || typeof resource.name !== "string") return undefined;
  return resource.mode === "data" ? `data.${resource.type}.${resource.name}` : `${resource.type}.${resource.name}`;
}
