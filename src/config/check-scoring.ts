import { configError, type ConfigIssue } from "./config-issue.js";
import { CONFIG_LIMITS } from "./limits.js";
import { inlineText } from "./quote-text.js";
import type { AirlockConfig } from "./schema.js";

/**
 * `checkScoring` bounds `scoring.weights` and `scoring.catalogue` to `CONFIG_LIMITS.maxScoringEntries`
 * entries each, and refuses a weight id that is also a group of another (`reach` and `reach.backend`).
 */
export function checkScoring(scoring: AirlockConfig["scoring"]): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  for (const section of ["weights", "catalogue"] as const) {
    const count = Object.keys(scoring[section]).length;
    if (count > CONFIG_LIMITS.maxScoringEntries) {
      const message = `expected at most ${CONFIG_LIMITS.maxScoringEntries} entries, received ${count}`;
      issues.push(configError("config.too-many-entries", ["scoring", section], message));
    }
  }
  const ids = Object.keys(scoring.weights);
  for (const id of ids) {
    const group = ids.find((other) => id.startsWith(`${other}.`));
    if (group === undefined) continue;
    const message = `\`${inlineText(group)}\` is set as a number, but \`${inlineText(id)}\` makes it a group: set only its members`;
    issues.push(configError("config.conflicting-weights", ["scoring", "weights", id], message));
  }
  return issues;
}
