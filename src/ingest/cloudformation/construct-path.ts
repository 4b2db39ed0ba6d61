import { ownObject, ownValue } from "./json-value.js";

/** The construct a CDK L1 resource belongs to is its parent: `Stack/Database/Resource` is `Stack/Database`. */
const DEFAULT_CHILD = /\/(?:Resource|Default)$/;

/**
 * `constructPathOf` reads a resource's AWS CDK construct path from `Metadata["aws:cdk:path"]`, or from the
 * cloud assembly's metadata (`fallback`, as `/Stack/Database/Resource`), and reports the construct a human
 * wrote: the leading slash and the default child (`/Resource`, `/Default`) dropped.
 */
export function constructPathOf(resource: Record<string, unknown>, fallback?: string): string | undefined {
  const metadata = ownObject(resource, "Metadata");
  const raw = metadata === undefined ? undefined : ownValue(metadata, "aws:cdk:path");
  const path = typeof raw === "string" && raw !== "" ? raw : fallback;
  if (typeof path !== "string" || path === "") return undefined;
  const trimmed = path.replace(/^\/+/, "");
  const parent = trimmed.replace(DEFAULT_CHILD, "");
  return parent === "" ? trimmed : parent;
}
