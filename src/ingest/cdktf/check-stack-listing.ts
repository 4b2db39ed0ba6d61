import { diagnostic, type Diagnostic } from "../../model/diagnostic.js";
import type { OutDirFiles } from "./group-synth-files.js";
import { manifestStackFor, type ManifestSides } from "./read-manifest-sides.js";

/**
 * `checkStackListing` compares a changed manifest with the changed stack files of its output folder:
 * a stack the manifest adds or removes whose `cdk.tf.json` is not among the inputs is an error (what that
 * stack creates or leaves behind is unknown); a stack file the manifest side it belongs to does not list is a
 * warning. Only sides that were read are compared.
 */
export function checkStackListing(group: OutDirFiles, manifests: ManifestSides): Diagnostic[] {
  const out: Diagnostic[] = [];
  const file = group.manifest?.path ?? `${group.outDir}/manifest.json`;
  const { base, head } = manifests;
  const given = (name: string): boolean => [...group.stacks.keys()].some((folder) => folder === name || manifestStackFor(base, folder)?.name === name || manifestStackFor(head, folder)?.name === name);
  if (base && head) {
    for (const [name, change] of [...listed(base, head, "removed"), ...listed(head, base, "added")]) {
      if (given(name)) continue;
      const message = `stack "${name}" is ${change} in manifest.json but its cdk.tf.json is not among the changed files: its resources are unknown`;
      out.push(diagnostic({ level: "error", file, code: "cdktf.stack-missing", message }));
    }
  }
  for (const [folder, input] of group.stacks) {
    for (const side of ["base", "head"] as const) {
      const manifest = manifests[side];
      if (!manifest || input[side] === null || manifestStackFor(manifest, folder) !== undefined) continue;
      const message = `stack "${folder}" is not listed in the ${side} manifest.json: its dependencies are unknown`;
      out.push(diagnostic({ level: "warning", file: input.path, code: "cdktf.unlisted-stack", message }));
    }
  }
  return out;
}

function listed(from: { stacks: Map<string, unknown> }, other: { stacks: Map<string, unknown> }, change: string): [string, string][] {
  return [...from.stacks.keys()].filter((name) => !other.stacks.has(name)).map((name) => [name, change]);
}
