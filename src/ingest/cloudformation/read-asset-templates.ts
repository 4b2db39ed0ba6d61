import { joinRelative } from "./assembly-path.js";
import { isJsonObject, ownObject, ownValue } from "./json-value.js";
import { readJsonFile } from "./read-json-file.js";
import type { CfnFinding } from "./stack-diagnostics.js";

/**
 * `readAssetTemplates` maps asset hashes to file paths from the asset manifests of one cloud assembly
 * (artifacts of type `cdk:asset-manifest`, `files.<hash>.source.path`), so a nested stack's `TemplateURL`,
 * which ends with the hash, leads to its `*.nested.template.json`.
 */
export function readAssetTemplates(params: {
  files: ReadonlyMap<string, string>;
  dir: string;
  artifacts: readonly Record<string, unknown>[];
  report: (finding: CfnFinding) => void;
}): Map<string, string> {
  const { files, dir, artifacts, report } = params;
  const byHash = new Map<string, string>();
  for (const artifact of artifacts) {
    if (ownValue(artifact, "type") !== "cdk:asset-manifest") continue;
    const properties = ownObject(artifact, "properties");
    const path = properties === undefined ? undefined : joinRelative(dir, ownValue(properties, "file"));
    const manifest = path === undefined ? undefined : readJsonFile(files, path, report);
    const entries = isJsonObject(manifest) ? ownObject(manifest, "files") : undefined;
    for (const hash of Object.keys(entries ?? {})) {
      const entry = entries?.[hash];
      const source = isJsonObject(entry) ? ownObject(entry, "source") : undefined;
      const file = source === undefined ? undefined : joinRelative(dir, ownValue(source, "path"));
      if (file !== undefined) byHash.set(hash, file);
    }
  }
  return byHash;
}
