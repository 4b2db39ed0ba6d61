import type { Diagnostic } from "../../model/diagnostic.js";
import type { SynthFileInput } from "./group-synth-files.js";
import { readCdktfManifest, type CdktfManifest, type ManifestStack } from "./read-cdktf-manifest.js";

/**
 * Both sides of a changed `manifest.json`. A side is `undefined` when the file is absent there (or did not
 * change, so it is not among the inputs) and `null` when it could not be read.
 */
export interface ManifestSides {
  base: CdktfManifest | null | undefined;
  head: CdktfManifest | null | undefined;
  diagnostics: Diagnostic[];
  /** False when a side that is present could not be read: the stacks of this output folder are not fully known. */
  read: boolean;
}

/** `readManifestSides` reads the base and head text of a changed manifest; no manifest reads as nothing to know. */
export function readManifestSides(file: SynthFileInput | undefined): ManifestSides {
  const sides: ManifestSides = { base: undefined, head: undefined, diagnostics: [], read: true };
  if (file === undefined) return sides;
  for (const side of ["base", "head"] as const) {
    const text = file[side];
    if (text === null) continue;
    const result = readCdktfManifest({ file: file.path, text, side });
    sides[side] = result.manifest;
    sides.diagnostics.push(...result.diagnostics);
    if (result.manifest === null) sides.read = false;
  }
  return sides;
}

/**
 * `manifestStackFor` finds a stack folder's entry in a manifest: the stack whose `synthesizedStackPath` is
 * `stacks/<folder>/cdk.tf.json`, else the stack named like the folder.
 */
export function manifestStackFor(manifest: CdktfManifest | null | undefined, folder: string): ManifestStack | undefined {
  if (manifest === null || manifest === undefined) return undefined;
  const path = `stacks/${folder}/cdk.tf.json`;
  for (const stack of manifest.stacks.values()) if (stack.synthesizedStackPath?.replace(/^\.\//, "") === path) return stack;
  return manifest.stacks.get(folder);
}
