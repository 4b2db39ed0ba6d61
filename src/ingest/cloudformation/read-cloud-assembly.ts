import type { Diagnostic } from "../../model/diagnostic.js";
import { dirOf } from "./assembly-path.js";
import { CFN_LIMITS } from "./cfn-limits.js";
import type { CloudAssemblyStack } from "./cloud-assembly-stack.js";
import { readManifest } from "./read-manifest.js";
import { createStackDiagnostics } from "./stack-diagnostics.js";

/**
 * `readCloudAssembly` reads a synthesized cloud assembly (a `cdk.out` tree given as path → text) so a caller
 * can pair base and head templates by stack: the stacks of `manifest.json` (artifacts of type
 * `aws:cloudformation:stack`, with `properties.templateFile`, `displayName`, `environment`), those of nested
 * assemblies (CDK Stages, `cdk:cloud-assembly`), each stack's construct paths from its metadata, and its
 * nested stack templates (`*.nested.template.json`, found through `aws:asset:path` metadata or the asset hash
 * of `TemplateURL`). The root manifest is the `manifest.json` nearest the top of the tree. Never throws;
 * what cannot be read is a diagnostic (`cfn.assembly-*`). Pure: no I/O.
 */
export function readCloudAssembly(params: { files: ReadonlyMap<string, string> }): { stacks: CloudAssemblyStack[]; diagnostics: Diagnostic[] } {
  const diagnostics = createStackDiagnostics();
  const manifest = rootManifest(params.files);
  if (manifest === undefined) {
    diagnostics.report({ level: "error", code: "cfn.assembly-no-manifest", file: "manifest.json", message: "no manifest.json in the cloud assembly: it is not a cdk.out directory" });
    return { stacks: [], diagnostics: diagnostics.list };
  }
  const stacks: CloudAssemblyStack[] = [];
  try {
    readManifest({ files: params.files, dir: dirOf(manifest), level: 0, stacks, report: diagnostics.report });
  } catch (error) {
    const name = error instanceof Error ? error.name : "error";
    diagnostics.report({ level: "error", code: "cfn.internal", file: manifest, message: `the cloud assembly could not be read completely (${name})` });
  }
  return { stacks: stacks.slice(0, CFN_LIMITS.maxArtifacts), diagnostics: diagnostics.list };
}

function rootManifest(files: ReadonlyMap<string, string>): string | undefined {
  let best: string | undefined;
  let bestDepth = Infinity;
  for (const path of files.keys()) {
    if (path !== "manifest.json" && !path.endsWith("/manifest.json")) continue;
    const depth = path.split("/").length;
    if (depth < bestDepth || (depth === bestDepth && best !== undefined && path < best)) {
      best = path;
      bestDepth = depth;
    }
  }
  return best;
}
