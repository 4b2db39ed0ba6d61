import { configError, type ConfigIssue, type PathSegment } from "./config-issue.js";
import { CONFIG_LIMITS } from "./limits.js";
import { quoteText } from "./quote-text.js";
import type { AirlockConfig } from "./schema.js";
import { validateGlob } from "./validate-glob.js";

/**
 * `checkGlobs` validates every glob of the config (environment paths, tamper paths) with `validateGlob`, and
 * that there are at most `CONFIG_LIMITS.maxGlobs` of them in all.
 */
export function checkGlobs(config: Pick<AirlockConfig, "environments" | "tamper">): ConfigIssue[] {
  const globs: { glob: string; path: PathSegment[] }[] = [
    ...config.environments.flatMap((env, i) => env.paths.map((glob, j) => ({ glob, path: ["environments", i, "paths", j] }))),
    ...config.tamper.paths.map((glob, j) => ({ glob, path: ["tamper", "paths", j] })),
  ];
  const issues: ConfigIssue[] = [];
  for (const { glob, path } of globs) {
    const problem = validateGlob(glob);
    if (problem !== undefined) issues.push(configError("config.invalid-glob", path, `invalid glob ${quoteText(glob)}: ${problem}`));
  }
  const extra = globs[CONFIG_LIMITS.maxGlobs];
  if (extra !== undefined) {
    const message = `too many globs: ${globs.length} in all (environment and tamper paths), at most ${CONFIG_LIMITS.maxGlobs}`;
    issues.push(configError("config.too-many-globs", extra.path, message));
  }
  return issues;
}
