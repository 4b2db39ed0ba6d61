import { configAddressOf } from "../../model/dependency-graph.js";
import type { ResourceChange } from "../../model/resource-change.js";

/**
 * `destroyedPrefixes` returns `root#prefix` keys for every module path and resource config address that a
 * planned destroy already covers (`module.a`, `module.a.module.b`, `module.a.aws_x.y`), so configuration-level
 * findings (a removed module, a lower count) are not counted twice. Linear in the total address length.
 */
export function destroyedPrefixes(changes: readonly ResourceChange[], isDestroyed: (c: ResourceChange) => boolean): Set<string> {
  const keys = new Set<string>();
  for (const change of changes) {
    if (!isDestroyed(change)) continue;
    const address = configAddressOf(change.address);
    keys.add(`${change.root}#${address}`);
    const parts = address.split(".");
    let prefix = "";
    for (let i = 0; parts[i] === "module" && i + 1 < parts.length; i += 2) {
      prefix = prefix === "" ? `module.${parts[i + 1]}` : `${prefix}.module.${parts[i + 1]}`;
      keys.add(`${change.root}#${prefix}`);
    }
  }
  return keys;
}

/** `resourceTypeOfAddress` returns the resource type named by a config address (`module.a.aws_x.y` → `aws_x`), or undefined for data sources and module paths. */
export function resourceTypeOfAddress(address: string): string | undefined {
  const parts = configAddressOf(address).split(".");
  if (parts.length < 2) return undefined;
  const type = parts[parts.length - 2];
  if (type === undefined || type === "module" || parts[parts.length - 3] === "data") return undefined;
  return type;
}
