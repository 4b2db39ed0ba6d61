import type { AgentDefinition } from "../../model/index.js";
import { asciiLower } from "./ascii-lower.js";
import { defineAgent, type AgentDefinitionInput } from "./define-agent.js";

type ListField = Exclude<keyof AgentDefinition, "name" | "displayName">;

const LIST_FIELDS: readonly ListField[] = [
  "botIds",
  "appIds",
  "appSlugs",
  "emails",
  "emailDomains",
  "nameSuffixes",
  "trailerKeys",
  "subjectPrefixes",
  "bodyMarkers",
  "branchPrefixes",
  "labels",
  "requesterSources",
];

/**
 * `mergeAgentRegistry` returns the defaults extended by config. An addition whose name matches an
 * existing agent (case-insensitively) extends it: every list is unioned, keeping the existing entries
 * first, so config can add a fingerprint but never remove a built-in one; `displayName` is replaced when
 * given. Any other addition becomes a new agent with empty lists where it names none. Inputs are not
 * mutated, and the order is defaults first, then new agents in the order given.
 */
export function mergeAgentRegistry(params: {
  defaults: readonly AgentDefinition[];
  additions: readonly AgentDefinitionInput[];
}): AgentDefinition[] {
  const merged = params.defaults.map((agent) => defineAgent(agent));
  for (const addition of params.additions) {
    const key = asciiLower(addition.name);
    const index = merged.findIndex((agent) => asciiLower(agent.name) === key);
    const existing = index === -1 ? undefined : merged[index];
    if (existing === undefined) {
      merged.push(defineAgent(addition));
      continue;
    }
    merged[index] = extendAgent(existing, addition);
  }
  return merged;
}

function extendAgent(agent: AgentDefinition, addition: AgentDefinitionInput): AgentDefinition {
  const result = defineAgent({ ...agent, displayName: addition.displayName ?? agent.displayName });
  for (const field of LIST_FIELDS) {
    const extra = addition[field];
    if (extra !== undefined) setList(result, field, union(agent[field], extra));
  }
  return result;
}

function union(first: readonly unknown[], second: readonly unknown[]): unknown[] {
  return [...new Set([...first, ...second])];
}

// Each field keeps its own element type; the cast is confined here because TypeScript cannot correlate
// the key with its array type across a loop.
function setList(agent: AgentDefinition, field: ListField, values: unknown[]): void {
  (agent as unknown as Record<ListField, unknown[]>)[field] = values;
}
