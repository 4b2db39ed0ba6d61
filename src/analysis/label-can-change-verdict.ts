import type { AirlockConfig } from "../config/index.js";
import { DEFAULT_AGENTS, mergeAgentRegistry } from "./agents/index.js";
import { asciiLower } from "./agents/ascii-lower.js";

/**
 * `labelCanChangeVerdict` tells whether adding or removing `label` on a pull request can change what Airlock
 * decides or shows under `config`. Two kinds of label can: Airlock's own (its namespace: a label someone else
 * changed must be put right) and an agent fingerprint (a `labels` entry of any agent in the built-in registry
 * or `agents.registry`, compared as detection compares them: trimmed, ASCII case-insensitive). No other rule
 * reads a PR's labels, so any other label cannot.
 */
export function labelCanChangeVerdict(params: { label: string; config: AirlockConfig }): boolean {
  const { label, config } = params;
  const lower = asciiLower(label.trim());
  if (lower.startsWith(asciiLower(config.labels.namespace))) return true;
  const registry = mergeAgentRegistry({ defaults: DEFAULT_AGENTS, additions: config.agents.registry });
  return registry.some((agent) => agent.labels.some((l) => asciiLower(l.trim()) === lower));
}
