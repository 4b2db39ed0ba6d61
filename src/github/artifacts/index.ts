/** Plan artifacts from CI: find the trusted workflow run for a commit, list, download and read its artifacts. */
export { loadPlanArtifacts, type LoadedPlanArtifacts, type LoadPlanArtifactsParams, type PlanArtifactsStatus } from "./load-plan-artifacts.js";
export { findPlanRuns, RUNS_PER_SHA, type IgnoredRun, type PlanRuns } from "./find-plan-runs.js";
export { getPlanRun } from "./get-plan-run.js";
export { listRunArtifacts, MAX_ARTIFACT_PAGES, type PlanArtifact } from "./list-run-artifacts.js";
export { downloadArtifact, type DownloadArtifactParams, type DownloadedArtifact } from "./download-artifact.js";
export { readRunArtifacts, MAX_PLAN_ARTIFACTS, type RunArtifacts } from "./read-run-artifacts.js";
export { selectPlanRun, type PlanRunSelection, type SelectPlanRunParams } from "./select-plan-run.js";
export { workflowFileName, type PlanRun } from "./plan-run.js";
