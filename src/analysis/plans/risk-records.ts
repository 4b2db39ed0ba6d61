import { isMutating, type ResourceChange } from "../../model/resource-change.js";
import { pathLabel } from "../risk-catalogue/index.js";
import { normalizeRoot } from "./plan-roots.js";
import { riskAttributes } from "./risk-attributes.js";

/**
 * `riskRecords` renders the risk-relevant part of each change as one canonical line, sorted, so the set can be
 * compared or hashed regardless of order. A line is the JSON array
 * `[root, address, action, previousAddress, deposed, replacement, attributes]` where `deposed` is `"deposed"`
 * for a deposed object (its random key is left out), `replacement` is `[order, oldObject, paths]` or null,
 * and `attributes` is `riskAttributes(change)`. No-op, read and drift entries are left out. No attribute value
 * of a sensitive attribute ever appears in a line.
 */
export function riskRecords(changes: readonly ResourceChange[]): string[] {
  const lines: string[] = [];
  for (const change of changes) {
    if (!isMutating(change)) continue;
    const replacement = change.replacement === undefined
      ? null
      : [change.replacement.order, change.replacement.oldObject, change.replacement.paths.map(pathLabel).sort()];
    lines.push(JSON.stringify([
      normalizeRoot(change.root),
      change.address,
      change.action,
      change.previousAddress ?? "",
      change.deposed === undefined ? "" : "deposed",
      replacement,
      riskAttributes(change),
    ]));
  }
  return lines.sort();
}
