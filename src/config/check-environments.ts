import { configError, type ConfigIssue, type PathSegment } from "./config-issue.js";
import { inlineText } from "./quote-text.js";
import { UNKNOWN_ENVIRONMENT } from "./schema-primitives.js";
import { suggestName } from "./suggest-name.js";
import type { AirlockConfig } from "./schema.js";

/**
 * `checkEnvironments` checks that environment names are unique and not `unknown`, that only sandbox
 * environments are autonomous, and that `freeze` and `velocity` name environments that exist (or `unknown`).
 */
export function checkEnvironments(config: Pick<AirlockConfig, "environments" | "freeze" | "velocity">): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const seen = new Set<string>();
  config.environments.forEach((env, i) => {
    if (env.name === UNKNOWN_ENVIRONMENT) {
      issues.push(configError("config.reserved-name", ["environments", i, "name"], "`unknown` is reserved for files that match no environment"));
    } else if (seen.has(env.name)) {
      issues.push(configError("config.duplicate-environment", ["environments", i, "name"], `environment \`${env.name}\` is defined twice`));
    }
    seen.add(env.name);
    if (env.autonomous !== undefined && env.tier !== "sandbox") {
      const message = `only \`sandbox\` environments can be autonomous, and \`${env.name}\` has tier \`${env.tier}\``;
      issues.push(configError("config.autonomous-tier", ["environments", i, "autonomous"], message));
    }
  });
  const known = (name: string) => name === UNKNOWN_ENVIRONMENT || seen.has(name);
  const reference = (name: string, path: PathSegment[]) => {
    if (!known(name)) issues.push(configError("config.unknown-environment", path, unknownMessage(name, seen)));
  };
  config.freeze.forEach((window, i) => window.environments?.forEach((name, j) => reference(name, ["freeze", i, "environments", j])));
  for (const name of Object.keys(config.velocity.environments)) reference(name, ["velocity", "environments", name]);
  return issues;
}

function unknownMessage(name: string, defined: ReadonlySet<string>): string {
  const known = [...defined, UNKNOWN_ENVIRONMENT];
  const suggestion = suggestName(name, known);
  const hint = suggestion === undefined ? `defined: ${known.map((n) => `\`${n}\``).join(", ")}` : `did you mean \`${suggestion}\`?`;
  return `no environment is named \`${inlineText(name)}\` (${hint})`;
}
