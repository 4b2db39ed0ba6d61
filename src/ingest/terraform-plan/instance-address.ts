import type { JsonObject } from "./plan-json.js";

/**
 * `instanceAddress` rebuilds an instance address from an entry's `module_address`, `mode`, `type`, `name`
 * and `index` (`module.a.data.x.y["k"]`), or returns undefined when `type` or `name` is missing.
 * Terraform 1.0.0 wrote `resource_drift` entries without `address`; this recovers it.
 */
export function instanceAddress(entry: JsonObject): string | undefined {
  const { type, name, index } = entry;
  if (typeof type !== "string" || type === "" || typeof name !== "string" || name === "") return undefined;
  let address = typeof entry.module_address === "string" && entry.module_address !== "" ? `${entry.module_address}.` : "";
  if (entry.mode === "data") address += "data.";
  address += `${type}.${name}`;
  if (typeof index === "number") address += `[${index}]`;
  else if (typeof index === "string") address += `[${JSON.stringify(index)}]`;
  return address;
}
