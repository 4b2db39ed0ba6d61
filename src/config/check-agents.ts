import { configError, configWarning, type ConfigIssue } from "./config-issue.js";
import { inlineText, quoteText } from "./quote-text.js";
import type { AirlockConfig } from "./schema.js";

const PATTERN_FIELDS = ["bodyMarkers", "branchPrefixes", "subjectPrefixes", "nameSuffixes", "trailerKeys"] as const;
const LOOKS_LIKE_REGEX = /^\^|\$$|\.\*|\\[dswb]/;

/**
 * `checkAgents` checks that registry names are unique (case-insensitively, as they are matched), that no
 * account is both `alwaysAgent` and `neverAgent`, and warns about registry strings that look like regular
 * expressions, since they are matched literally.
 */
export function checkAgents(agents: AirlockConfig["agents"]): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const names = new Set<string>();
  agents.registry.forEach((entry, i) => {
    const key = entry.name.toLowerCase();
    if (names.has(key)) issues.push(configError("config.duplicate-agent", ["agents", "registry", i, "name"], `agent \`${inlineText(entry.name)}\` is listed twice`));
    names.add(key);
    for (const field of PATTERN_FIELDS) {
      entry[field]?.forEach((text, j) => {
        if (!LOOKS_LIKE_REGEX.test(text)) return;
        const message = `${quoteText(text)} is matched literally; regular expressions are not supported`;
        issues.push(configWarning("config.literal-pattern", ["agents", "registry", i, field, j], message));
      });
    }
  });
  const never = agents.neverAgent;
  const neverLogins = new Set(never.logins.map((l) => l.toLowerCase()));
  agents.alwaysAgent.logins.forEach((login, i) => {
    if (neverLogins.has(login.toLowerCase())) issues.push(bothLists(["agents", "alwaysAgent", "logins", i], `\`${login}\``));
  });
  agents.alwaysAgent.ids.forEach((id, i) => {
    if (never.ids.includes(id)) issues.push(bothLists(["agents", "alwaysAgent", "ids", i], `id ${id}`));
  });
  return issues;
}

function bothLists(path: (string | number)[], what: string): ConfigIssue {
  return configError("config.conflicting-accounts", path, `${what} is in both \`alwaysAgent\` and \`neverAgent\``);
}
