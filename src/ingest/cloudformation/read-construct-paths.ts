import { isJsonObject, ownValue, recordOf } from "./json-value.js";

/**
 * `readConstructPaths` maps logical IDs to construct paths from cloud assembly metadata, the artifact's
 * `metadata` or its `additionalMetadataFile`: `{"/Stack/Bucket/Resource": [{type: "aws:cdk:logicalId",
 * data: "BucketF68F3FF0"}]}` gives `BucketF68F3FF0 → /Stack/Bucket/Resource`. Other entries are ignored.
 */
export function readConstructPaths(metadata: unknown, into: Record<string, string> = recordOf<string>([])): Record<string, string> {
  if (!isJsonObject(metadata)) return into;
  for (const path of Object.keys(metadata)) {
    const entries = metadata[path];
    if (!Array.isArray(entries)) continue;
    for (const entry of entries) {
      if (!isJsonObject(entry) || ownValue(entry, "type") !== "aws:cdk:logicalId") continue;
      const id = ownValue(entry, "data");
      if (typeof id === "string") into[id] = path;
    }
  }
  return into;
}
