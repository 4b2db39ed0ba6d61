import type { ResourceChange } from "../../model/resource-change.js";
import { pathLabel, riskOf, type AttributePath } from "../risk-catalogue/index.js";
import { readAttribute, readKnown } from "../scoring/read-attribute.js";
import { canonicalJson, sameValue } from "./same-value.js";

/** A mark that names a changed sensitive attribute; its values are never read into a string. */
export const SENSITIVE_CHANGED = "(sensitive, changed)";
const UNKNOWN = "(known after apply)";

/**
 * `riskAttributes` lists, sorted, the risk-relevant attributes a change alters:
 * - each protection or exposure attribute the risk catalogue lists for the type (in the type's format) whose
 *   value differs between before and after, or is unknown until apply: `deletion_protection=false`. The new
 *   value is kept because it is not secret and its direction matters (a retention lowered to 7 and one lowered
 *   to 0 are different risks);
 * - each sensitive attribute (a top-level attribute with any sensitive leaf in `beforeSensitive` or
 *   `afterSensitive`) whose value differs: `master_password (sensitive, changed)`. Only the name and the fact
 *   that it changed are kept, never the value; a guard under a sensitive attribute is reported this way too;
 * - `lifecycle.prevent_destroy=<after>` when the static diff shows `prevent_destroy` changing.
 * Other attributes (tags, sizes, timestamps) are not risk-relevant and are not listed.
 */
export function riskAttributes(change: ResourceChange): string[] {
  const out = new Set<string>();
  const sensitive = sensitiveNames(change);
  if (sensitive === "all") {
    if (!sameValue(change.before, change.after)) out.add(`* ${SENSITIVE_CHANGED}`);
    return [...out];
  }
  for (const name of sensitive) {
    if (isUnknown(change, [name]) || !sameValue(readAttribute(change.before, [name]), readAttribute(change.after, [name]))) out.add(`${name} ${SENSITIVE_CHANGED}`);
  }
  const profile = riskOf(change.type);
  for (const row of [...profile.guards, ...profile.exposures]) {
    const path = row[profile.format];
    if (path === undefined || (typeof path[0] === "string" && sensitive.has(path[0]))) continue;
    const after = readAttribute(change.after, path);
    if (isUnknown(change, path)) out.add(`${pathLabel(path)}=${UNKNOWN}`);
    else if (!sameValue(readAttribute(change.before, path), after)) out.add(`${pathLabel(path)}=${canonicalJson(after)}`);
  }
  const preventBefore = change.lifecycle?.before?.preventDestroy ?? false;
  const preventAfter = change.lifecycle?.after?.preventDestroy ?? false;
  if (preventBefore !== preventAfter) out.add(`lifecycle.prevent_destroy=${String(preventAfter)}`);
  return [...out].sort();
}

function isUnknown(change: ResourceChange, path: AttributePath): boolean {
  return change.afterUnknown !== undefined && change.after !== null && readKnown(change.after, path, change.afterUnknown).kind === "unknown";
}

/** Top-level attribute names with a sensitive leaf on either side, or `all` when a whole side is sensitive. */
function sensitiveNames(change: ResourceChange): Set<string> | "all" {
  const names = new Set<string>();
  for (const mask of [change.beforeSensitive, change.afterSensitive]) {
    if (mask === true) return "all";
    if (typeof mask !== "object" || mask === null || Array.isArray(mask)) continue;
    for (const [name, sub] of Object.entries(mask as Record<string, unknown>)) if (marksSomething(sub)) names.add(name);
  }
  return names;
}

/** Whether a sensitivity mask marks anything; a mask nested deeper than any real attribute counts as marking (fail closed). */
function marksSomething(mask: unknown, depth = 0): boolean {
  if (mask === true) return true;
  if (typeof mask !== "object" || mask === null) return false;
  if (depth > 100) return true;
  return Object.values(mask as Record<string, unknown>).some((sub) => marksSomething(sub, depth + 1));
}
