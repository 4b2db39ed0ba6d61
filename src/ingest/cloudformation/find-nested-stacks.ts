import { joinRelative } from "./assembly-path.js";
import { CFN_LIMITS } from "./cfn-limits.js";
import { jsonPath } from "./json-path.js";
import { isJsonObject, ownObject, ownValue } from "./json-value.js";
import { readJsonFile } from "./read-json-file.js";
import type { CfnFinding } from "./stack-diagnostics.js";

/** A nested stack of a synthesized template: its `AWS::CloudFormation::Stack` logical ID, its template file, its own nested stacks. */
export interface NestedStackRef {
  logicalId: string;
  templatePath: string;
  nested: NestedStackRef[];
}

const ASSET_HASH = /([0-9a-f]{64})\.json/;

/**
 * `findNestedStacks` finds the nested stack templates of a synthesized template: for each
 * `AWS::CloudFormation::Stack` resource, the file named by its `aws:asset:path` metadata, or else the asset
 * whose hash its `TemplateURL` ends with (looked up in the assembly's asset manifests, `assets`), and so on
 * down to `CFN_LIMITS.maxNestedLevels`. A nested stack whose template cannot be found is a warning here;
 * diffing it without its template is an error. Templates that do not parse are skipped silently.
 */
export function findNestedStacks(params: {
  files: ReadonlyMap<string, string>;
  templatePath: string;
  dir: string;
  assets: ReadonlyMap<string, string>;
  depth: number;
  report: (finding: CfnFinding) => void;
}): NestedStackRef[] {
  const { files, templatePath, dir, assets, depth, report } = params;
  // A template that does not parse is reported, with its position, by whoever parses it for the diff.
  const template = readJsonFile(files, templatePath, () => undefined);
  const resources = isJsonObject(template) ? ownObject(template, "Resources") : undefined;
  if (resources === undefined) return [];
  const found: NestedStackRef[] = [];
  for (const id of Object.keys(resources).slice(0, CFN_LIMITS.maxResourcesPerTemplate)) {
    const resource = resources[id];
    if (!isJsonObject(resource) || ownValue(resource, "Type") !== "AWS::CloudFormation::Stack") continue;
    const path = nestedTemplatePath(resource, dir, assets);
    const at = jsonPath(["Resources", id]);
    if (path === undefined || !files.has(path)) {
      const why = path === undefined ? "its template asset cannot be found in the cloud assembly" : `its template ${path} is not in the cloud assembly`;
      report({ level: "warning", code: "cfn.assembly-nested-unresolved", file: templatePath, path: at, message: `nested stack ${id}: ${why}` });
      continue;
    }
    if (depth + 1 > CFN_LIMITS.maxNestedLevels) {
      report({ level: "error", code: "cfn.nested-too-deep", file: templatePath, path: at, message: `nested stack ${id} is more than ${CFN_LIMITS.maxNestedLevels} levels deep: it is not read` });
      continue;
    }
    found.push({ logicalId: id, templatePath: path, nested: findNestedStacks({ ...params, templatePath: path, depth: depth + 1 }) });
  }
  return found;
}

function nestedTemplatePath(resource: Record<string, unknown>, dir: string, assets: ReadonlyMap<string, string>): string | undefined {
  const metadata = ownObject(resource, "Metadata");
  const assetPath = metadata === undefined ? undefined : joinRelative(dir, ownValue(metadata, "aws:asset:path"));
  if (assetPath !== undefined) return assetPath;
  const properties = ownObject(resource, "Properties");
  const url = properties === undefined ? undefined : JSON.stringify(ownValue(properties, "TemplateURL") ?? "");
  const hash = url === undefined ? undefined : ASSET_HASH.exec(url)?.[1];
  return hash === undefined ? undefined : assets.get(hash);
}
