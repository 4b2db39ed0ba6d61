import { deepFreeze } from "./deep-freeze.js";
import { configSchema, type AirlockConfig } from "./schema.js";

/** `CONFIG_PATH` is where Airlock reads its config, on the repository's default branch. */
export const CONFIG_PATH = ".github/airlock.yml";

/**
 * `DEFAULT_CONFIG` is the config of a repository without `.github/airlock.yml` (the schema's parse of `{}`):
 * enforce mode, agent PRs gated from `likely` confidence, production/staging/sandbox recognised by folder
 * and workspace names, 0/1/1/2/2 approvals from `none` to `critical` that must be on the head commit and
 * from writers who are neither the agent, the author nor the requester, plans required for `high` and
 * `critical` PRs and production, built-in tamper paths, 20 merges and 25 destroyed resources per 24 hours.
 * It is deeply frozen.
 */
export const DEFAULT_CONFIG: AirlockConfig = deepFreeze(withoutExtends(configSchema.parse({})));

function withoutExtends(config: AirlockConfig & { _extends?: string }): AirlockConfig {
  const { _extends: _ignored, ...rest } = config;
  return rest;
}
