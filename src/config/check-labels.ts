import { configError, type ConfigIssue } from "./config-issue.js";
import { quoteText } from "./quote-text.js";
import { TIER_NAMES } from "./schema-primitives.js";
import type { AirlockConfig } from "./schema.js";

const GITHUB_MAX_LABEL = 50;
const NAMES = ["agent", "tamper", "override", "wouldBlock"] as const;
const PREFIXES = ["blastRadiusPrefix", "destructivePrefix"] as const;
const LONGEST_TIER = Math.max(...TIER_NAMES.map((t) => t.length));

/**
 * `checkLabels` checks that every label Airlock can write starts with `labels.namespace` (Airlock removes
 * only labels inside it), fits GitHub's 50 characters once a prefix gets its tier, and that no two of them
 * are the same label (GitHub compares names case-insensitively).
 */
export function checkLabels(labels: AirlockConfig["labels"]): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const owners = new Map<string, string>();
  for (const key of [...NAMES, ...PREFIXES]) {
    const value = labels[key];
    if (!value.startsWith(labels.namespace) || value.length === labels.namespace.length) {
      const message = `label ${quoteText(value)} is outside the namespace ${quoteText(labels.namespace)}: Airlock only manages labels that start with it`;
      issues.push(configError("config.label-namespace", ["labels", key], message));
    }
    const isPrefix = (PREFIXES as readonly string[]).includes(key);
    if (isPrefix && value.length + LONGEST_TIER > GITHUB_MAX_LABEL) {
      const message = `label prefix ${quoteText(value)} is ${value.length} characters; with a tier (\`critical\`) it must fit GitHub's ${GITHUB_MAX_LABEL}, so at most ${GITHUB_MAX_LABEL - LONGEST_TIER}`;
      issues.push(configError("config.label-too-long", ["labels", key], message));
    }
    const written = isPrefix ? TIER_NAMES.map((tier) => `${value}${tier}`) : [value];
    const clash = written.map((name) => owners.get(name.toLowerCase())).find((owner) => owner !== undefined);
    if (clash !== undefined) {
      issues.push(configError("config.label-duplicate", ["labels", key], `it writes the same label as \`labels.${clash}\``));
    }
    for (const name of written) owners.set(name.toLowerCase(), key);
  }
  return issues;
}
