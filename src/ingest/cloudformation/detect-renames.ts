import type { TemplateResource } from "./checked-template.js";
import { constructPathOf } from "./construct-path.js";
import { isJsonObject, ownValue } from "./json-value.js";

/** A removed resource and an added one that are the same thing under a new logical ID. */
export interface Rename {
  from: string;
  to: string;
}

/** The CDK appends an 8-character hash of the construct path to logical IDs: `DatabaseB269D8BB`. */
const CDK_HASH = /^(.+?)[0-9A-F]{8}$/;

type Key = (resource: TemplateResource) => string | undefined;

/**
 * Ways to recognise a rename, strongest first. Each keys a resource by its type and one feature; a removed
 * and an added resource pair up only when each is the only unpaired one with that key, so a guess never
 * picks among look-alikes.
 */
const KEYS: readonly Key[] = [
  (r) => rawPath(r),
  (r) => CDK_HASH.exec(r.id)?.[1] ?? r.id,
  (r) => constructPathOf(r.value)?.split("/").pop(),
  (r) => propertiesKey(r),
];

/**
 * `detectRenames` pairs resources removed from a template with resources added to it that are most likely
 * the same resource under a new logical ID, e.g. after a construct was moved or renamed: same type, and the
 * same construct path, the same ID once the CDK hash suffix is dropped, the same construct name, or equal
 * non-empty Properties. CloudFormation sees a delete and a create; the pairing only explains them.
 * Linear in the number of removed and added resources (plus the size of their Properties).
 */
export function detectRenames(removed: readonly TemplateResource[], added: readonly TemplateResource[]): Rename[] {
  const renames: Rename[] = [];
  const paired = new Set<string>();
  for (const key of KEYS) {
    const from = uniqueByKey(removed, key, paired);
    const to = uniqueByKey(added, key, paired);
    for (const [k, id] of from) {
      const target = to.get(k);
      if (id === undefined || target === undefined) continue;
      renames.push({ from: id, to: target });
      paired.add(id).add(target);
    }
  }
  return renames;
}

/** Maps `type + key` to the one unpaired resource having it (undefined when several do). */
function uniqueByKey(resources: readonly TemplateResource[], key: Key, paired: ReadonlySet<string>): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  for (const resource of resources) {
    // Removed and added IDs never overlap (a shared ID is an update), so one set serves both sides.
    if (paired.has(resource.id)) continue;
    const k = key(resource);
    if (k === undefined) continue;
    const full = `${resource.type}\u0000${k}`;
    out.set(full, out.has(full) ? undefined : resource.id);
  }
  return out;
}

function rawPath(resource: TemplateResource): string | undefined {
  const metadata = ownValue(resource.value, "Metadata");
  const path = isJsonObject(metadata) ? ownValue(metadata, "aws:cdk:path") : undefined;
  return typeof path === "string" && path !== "" ? path : undefined;
}

function propertiesKey(resource: TemplateResource): string | undefined {
  const properties = ownValue(resource.value, "Properties");
  if (!isJsonObject(properties) || Object.keys(properties).length === 0) return undefined;
  return canonicalJson(properties);
}

/** JSON with object keys sorted, so equal values give equal strings. Depth-checked input: this recurses. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (isJsonObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
