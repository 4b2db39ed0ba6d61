/** Reading plan artifacts CI uploaded: unzip within limits, then manifests, plans, templates and synth files. Pure. */
export { artifactLimits, type ArtifactLimits } from "./artifact-limits.js";
export { unzipArtifact, type UnzipArtifactParams, type UnzippedArtifact } from "./unzip-artifact.js";
export { manifestSchema, MANIFEST_NAME, type PlanManifest } from "./manifest-schema.js";
export { parseManifest } from "./parse-manifest.js";
export {
  readPlanArtifact,
  rootKey,
  type ArtifactManifest,
  type ArtifactOrigin,
  type PlanArtifactContents,
  type ReadPlanArtifactParams,
} from "./read-plan-artifact.js";
export type { SynthFile } from "./read-manifest-files.js";
export { formatBytes } from "./format-bytes.js";
