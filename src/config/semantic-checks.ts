import { checkAgents } from "./check-agents.js";
import { checkApprovals } from "./check-approvals.js";
import { checkEnvironments } from "./check-environments.js";
import { checkGlobs } from "./check-globs.js";
import { checkLabels } from "./check-labels.js";
import { checkScoring } from "./check-scoring.js";
import { checkWindows } from "./check-windows.js";
import type { ConfigIssue } from "./config-issue.js";
import { configWarnings } from "./config-warnings.js";
import type { AirlockConfig } from "./schema.js";

/**
 * `semanticChecks` is the last stage of config parsing: rules across keys that a schema cannot say, run on a
 * config whose shape is already valid. Errors make the config invalid; warnings are reported with it.
 */
export function semanticChecks(config: AirlockConfig): ConfigIssue[] {
  return [
    ...checkAgents(config.agents),
    ...checkEnvironments(config),
    ...checkApprovals(config),
    ...checkGlobs(config),
    ...checkLabels(config.labels),
    ...checkWindows(config),
    ...checkScoring(config.scoring),
    ...configWarnings(config),
  ];
}
