import { joinRelative } from "./assembly-path.js";
import { CFN_LIMITS } from "./cfn-limits.js";
import { findNestedStacks, type NestedStackRef } from "./find-nested-stacks.js";
import { jsonPath } from "./json-path.js";
import { isJsonObject, ownObject, ownString, ownValue, recordOf } from "./json-value.js";
import { readAssetTemplates } from "./read-asset-templates.js";
import type { CloudAssemblyStack } from "./cloud-assembly-stack.js";
import { readConstructPaths } from "./read-construct-paths.js";
import { readJsonFile } from "./read-json-file.js";
import type { CfnFinding } from "./stack-diagnostics.js";

/**
 * `readManifest` reads the `manifest.json` in `dir` and appends its stacks to `stacks`, then reads the
 * manifests of its nested assemblies (CDK Stages) down to `CFN_LIMITS.maxAssemblyLevels`.
 */
export function readManifest(params: {
  files: ReadonlyMap<string, string>;
  dir: string;
  level: number;
  stacks: CloudAssemblyStack[];
  report: (finding: CfnFinding) => void;
}): void {
  const { files, dir, report } = params;
  const file = dir === "" ? "manifest.json" : `${dir}/manifest.json`;
  const manifest = readJsonFile(files, file, report);
  const artifacts = isJsonObject(manifest) ? ownObject(manifest, "artifacts") : undefined;
  if (artifacts === undefined) {
    const why = files.has(file) ? "has no artifacts object" : "is missing";
    report({ level: "error", code: "cfn.assembly-invalid-manifest", file, path: "artifacts", message: `the cloud assembly manifest ${why}: its stacks are unknown` });
    return;
  }
  const entries = Object.keys(artifacts).slice(0, CFN_LIMITS.maxArtifacts).map((id): [string, unknown] => [id, artifacts[id]]);
  const objects = entries.map(([, a]) => a).filter(isJsonObject);
  const assets = readAssetTemplates({ files, dir, artifacts: objects, report });
  for (const [id, artifact] of entries) {
    if (!isJsonObject(artifact)) continue;
    const type = ownValue(artifact, "type");
    if (type === "aws:cloudformation:stack") {
      const stack = readStack({ files, dir, id, artifact, assets, file, report });
      if (stack !== undefined) params.stacks.push(stack);
    } else if (type === "cdk:cloud-assembly") {
      readNestedAssembly({ ...params, id, artifact, file });
    }
  }
}

function readStack(p: {
  files: ReadonlyMap<string, string>;
  dir: string;
  id: string;
  artifact: Record<string, unknown>;
  assets: ReadonlyMap<string, string>;
  file: string;
  report: (finding: CfnFinding) => void;
}): CloudAssemblyStack | undefined {
  const properties = ownObject(p.artifact, "properties") ?? {};
  const templatePath = joinRelative(p.dir, ownValue(properties, "templateFile"));
  const at = jsonPath(["artifacts", p.id, "properties", "templateFile"]);
  if (templatePath === undefined) {
    p.report({ level: "error", code: "cfn.assembly-invalid-stack", file: p.file, path: at, message: `stack ${p.id} names no usable template file: it is not analysed` });
    return undefined;
  }
  if (!p.files.has(templatePath)) {
    p.report({ level: "error", code: "cfn.assembly-missing-template", file: p.file, path: at, message: `the template of stack ${p.id}, ${templatePath}, is not in the cloud assembly: the stack is not analysed` });
  }
  const constructPaths = readConstructPaths(ownValue(p.artifact, "metadata"), recordOf<string>([]));
  const metadataFile = joinRelative(p.dir, ownValue(p.artifact, "additionalMetadataFile"));
  if (metadataFile !== undefined) readConstructPaths(readJsonFile(p.files, metadataFile, p.report), constructPaths);
  const nested = p.files.has(templatePath) ? findNestedStacks({ files: p.files, templatePath, dir: p.dir, assets: p.assets, depth: 0, report: p.report }) : [];
  const stack: CloudAssemblyStack = { name: ownString(p.artifact, "displayName") ?? p.id, artifactId: p.id, templatePath, nestedTemplates: flatten(nested), nested, constructPaths };
  const environment = ownString(p.artifact, "environment");
  if (environment !== undefined) stack.environment = environment;
  const stackName = ownString(properties, "stackName");
  if (stackName !== undefined) stack.stackName = stackName;
  return stack;
}

function readNestedAssembly(p: {
  files: ReadonlyMap<string, string>;
  dir: string;
  level: number;
  stacks: CloudAssemblyStack[];
  report: (finding: CfnFinding) => void;
  id: string;
  artifact: Record<string, unknown>;
  file: string;
}): void {
  const properties = ownObject(p.artifact, "properties") ?? {};
  const subdir = joinRelative(p.dir, ownValue(properties, "directoryName"));
  const at = jsonPath(["artifacts", p.id, "properties", "directoryName"]);
  if (subdir === undefined) {
    p.report({ level: "error", code: "cfn.assembly-invalid-stack", file: p.file, path: at, message: `nested assembly ${p.id} names no usable directory: its stacks are unknown` });
    return;
  }
  if (p.level + 1 > CFN_LIMITS.maxAssemblyLevels) {
    p.report({ level: "error", code: "cfn.assembly-too-deep", file: p.file, path: at, message: `nested assembly ${p.id} is more than ${CFN_LIMITS.maxAssemblyLevels} levels deep: its stacks are not read` });
    return;
  }
  readManifest({ files: p.files, dir: subdir, level: p.level + 1, stacks: p.stacks, report: p.report });
}

function flatten(nested: readonly NestedStackRef[]): string[] {
  return nested.flatMap((n) => [n.templatePath, ...flatten(n.nested)]);
}
