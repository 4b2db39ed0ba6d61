import { labelCanChangeVerdict } from "../analysis/label-can-change-verdict.js";
import type { EvaluationRequest } from "./evaluate-pull-request.js";
import { loadConfig } from "./load-config.js";
import { stateKeys, type StateMemory } from "./state-keys.js";

/**
 * `labelEventMatters` tells whether someone's `labeled`/`unlabeled` event needs an evaluation. It does unless
 * Airlock has already published a check on this head SHA (a first evaluation is never skipped) and no rule reads
 * the label under the repository's config (see labelCanChangeVerdict): then the verdict and everything Airlock
 * shows would come out the same, and skipping saves a whole evaluation. A config or state that cannot be read
 * counts as mattering, so the evaluation runs and fails closed with the reason if it must.
 */
export async function labelEventMatters(params: { octokit: EvaluationRequest["octokit"]; owner: string; repo: string; headSha: string; label: string; memory: StateMemory }): Promise<boolean> {
  const { octokit, owner, repo } = params;
  try {
    if ((await params.memory.getState(stateKeys.checkRun(`${owner}/${repo}`, params.headSha))) === null) return true;
    const loaded = await loadConfig({ octokit, owner, repo });
    return !loaded.ok || labelCanChangeVerdict({ label: params.label, config: loaded.config });
  } catch {
    return true;
  }
}
