/**
 * What the changed files of a pull request are: `classifyFiles` (IaC kinds and governance files),
 * `resolveEnvironments` (which environments they reach) and `detectTamper` (an agent touching governance).
 * All pure.
 */
export { classifyFiles, type ClassifyFilesParams } from "./classify-files.js";
export type { GlobProblem } from "./compile-globs.js";
export { detectTamper, type GovernanceTouch, type TamperDetection } from "./detect-tamper.js";
export type {
  ChangedFile,
  ClassifiedFile,
  FileClassification,
  GovernanceMatch,
  InfraSummary,
  ProjectRoots,
} from "./file-classification.js";
export { isSniffCandidate } from "./file-names.js";
export { GLOB_LIMITS } from "./glob-limits.js";
export { BUILT_IN_GOVERNANCE_RULES, type GovernanceRule } from "./governance-rules.js";
export type { KnownProjectRoots } from "./index-projects.js";
export {
  resolveEnvironments,
  type EnvironmentDefinition,
  type EnvironmentResolution,
  type EnvironmentTier,
  type ResolveEnvironmentsParams,
  type ResolvedEnvironment,
} from "./resolve-environments.js";
