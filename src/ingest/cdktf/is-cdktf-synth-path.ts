import { locateSynthFile } from "./locate-synth-file.js";

/**
 * `isCdktfSynthPath` tells whether a repository path is cdktf synth output that `parseCdktfSynth` reads:
 * `<out>/manifest.json` or `<out>/stacks/<stack>/cdk.tf.json`, where `<out>` is one of `outDirs` (output
 * folders as repository paths, see `detectCdktfProjects`) or any folder named `cdktf.out`. A
 * `stacks/<stack>/cdk.tf.json` counts under any folder. Pure; never throws.
 */
export function isCdktfSynthPath(path: string, outDirs?: readonly string[]): boolean {
  return typeof path === "string" && locateSynthFile(path, outDirs ?? []) !== undefined;
}
