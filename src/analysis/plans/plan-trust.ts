import { shortSha } from "./list-phrase.js";

/** Whether a plan may be used, whether the PR tampers with the plan workflow, and a sentence saying why. */
export interface PlanTrust {
  trusted: boolean;
  tamper: boolean;
  reason: string;
}

/** Input of `planTrust`: the configured workflow, the run a plan came from, and the PR it is for. */
export interface PlanTrustParams {
  /** `plans.workflow` from the config of the default branch (`.github/workflows/airlock-plan.yml`). */
  workflowPath: string;
  /** Workflow file of the run that uploaded the plan (`workflow_run.path`), when known. */
  runPath?: string;
  /** Head SHA of that run, when known. */
  runHeadSha?: string;
  prHeadSha: string;
  /** Every path the PR changes, including the old path of a renamed file. */
  prChangedFiles: readonly string[];
}

const SHA = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/;

/**
 * `planTrust` accepts a plan only when all hold, checked in this order:
 * 1. the PR does not change the plan workflow file: a PR that edits it could make the run plan anything, so
 *    its plans are untrusted and the PR is `tamper` (even when it is not agent-authored; the caller decides
 *    what tamper means for humans);
 * 2. the run's workflow file is exactly `workflowPath` (case-sensitive, as GitHub paths are);
 * 3. the run was for exactly the PR head SHA (full SHA, case-insensitive hex; a prefix is not enough).
 * Unknown run facts are untrusted: fail closed.
 */
export function planTrust(params: PlanTrustParams): PlanTrust {
  const { workflowPath, runPath, runHeadSha, prHeadSha } = params;
  if (params.prChangedFiles.some((path) => samePath(path, workflowPath))) {
    return { trusted: false, tamper: true, reason: `the PR changes ${workflowPath}, the workflow that produces plans, so no plan it produces can be trusted` };
  }
  if (runPath === undefined || runPath === "") {
    return { trusted: false, tamper: false, reason: "the workflow that produced the plan is unknown" };
  }
  if (!samePath(runPath, workflowPath)) {
    return { trusted: false, tamper: false, reason: `it comes from ${runPath}, not from ${workflowPath}, the only workflow trusted to plan` };
  }
  if (runHeadSha === undefined || !SHA.test(runHeadSha.toLowerCase())) {
    return { trusted: false, tamper: false, reason: "the commit the plan was made at is unknown or not a full SHA" };
  }
  if (runHeadSha.toLowerCase() !== prHeadSha.toLowerCase()) {
    return { trusted: false, tamper: false, reason: `it was planned at ${shortSha(runHeadSha)}, not at the head commit ${shortSha(prHeadSha)}` };
  }
  return { trusted: true, tamper: false, reason: `planned by ${workflowPath} at the head commit ${shortSha(prHeadSha)}` };
}

function samePath(a: string, b: string): boolean {
  return strip(a) === strip(b);
}

function strip(path: string): string {
  return path.replace(/^(\.\/)+/, "");
}
