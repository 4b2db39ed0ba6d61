import { planTrust } from "../analysis/plans/index.js";
import type { AirlockConfig } from "../config/index.js";
import { loadPlanArtifacts, type GitHubClient } from "../github/index.js";
import type { PullRequestSnapshot } from "../model/snapshot.js";

const PLANNED = /\.(tf|tf\.json|tofu|tofu\.json|tfvars|tfvars\.json)$|(^|\/)(cdktf\.json|cdk\.json)$|\.template\.(json|ya?ml)$|(^|\/)(cdktf|cdk)\.out\//;

/**
 * `withPlans` adds what CI planned for the PR head: the trusted plan workflow's artifacts (plans, synthesized
 * templates), their state (`found`, `missing`, `stale`, `failed-run`), and what could not be read. Plans are
 * not trusted when the PR edits the plan workflow itself (an agent could make it upload a benign plan).
 * PRs that touch no plannable file cost no request.
 */
export async function withPlans(params: { client: GitHubClient; owner: string; repo: string; snapshot: PullRequestSnapshot; config: AirlockConfig; runId?: number }): Promise<PullRequestSnapshot> {
  const { snapshot, config } = params;
  const paths = snapshot.files.flatMap((f) => [f.path, f.previousPath ?? ""]).filter((p) => p !== "");
  if (!paths.some((p) => PLANNED.test(p))) return snapshot;
  const headSha = snapshot.pullRequest.headSha;
  const trust = planTrust({ workflowPath: config.plans.workflow, prHeadSha: headSha, prChangedFiles: paths });
  if (trust.tamper) {
    return { ...snapshot, planStatus: { status: "untrusted", reason: trust.reason } };
  }
  const loaded = await loadPlanArtifacts({
    client: params.client,
    owner: params.owner,
    repo: params.repo,
    headSha,
    workflowPath: config.plans.workflow,
    prefix: config.plans.artifactPrefix,
    maxArtifactBytes: config.plans.maxArtifactBytes,
    maxPlanBytes: config.plans.maxPlanBytes,
    runId: params.runId,
  });
  return {
    ...snapshot,
    plans: loaded.plans,
    templates: loaded.templates,
    planStatus: { status: loaded.status, headSha: loaded.run?.headSha, ...(loaded.run ? { run: loaded.run } : {}) },
    diagnostics: [...(snapshot.diagnostics ?? []), ...loaded.diagnostics],
  };
}
