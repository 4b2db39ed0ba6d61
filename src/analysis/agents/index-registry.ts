import type { AgentDefinition } from "../../model/index.js";
import { asciiLower } from "./ascii-lower.js";

/** A literal pattern of one agent, with its lower-cased form for case-insensitive matching. */
export interface LiteralPattern {
  agent: string;
  literal: string;
  lower: string;
}

/**
 * The registry turned into lookups, built once per detection so that hundreds of commits cost a map
 * lookup per identity instead of a scan of every agent. Keys of string maps are lower-cased.
 */
export interface RegistryIndex {
  agents: ReadonlyMap<string, AgentDefinition>;
  byBotId: ReadonlyMap<number, string[]>;
  byAppId: ReadonlyMap<number, string[]>;
  byAppSlug: ReadonlyMap<string, string[]>;
  byEmail: ReadonlyMap<string, string[]>;
  byEmailDomain: ReadonlyMap<string, string[]>;
  byTrailerKey: ReadonlyMap<string, string[]>;
  byLabel: ReadonlyMap<string, string[]>;
  bodyMarkers: readonly LiteralPattern[];
  branchPrefixes: readonly LiteralPattern[];
  nameSuffixes: readonly LiteralPattern[];
  subjectPrefixes: readonly LiteralPattern[];
}

/**
 * `indexRegistry` returns the lookups for `registry`. Empty patterns are dropped (an empty prefix would
 * match everything). When two agents share a name, the first one wins.
 */
export function indexRegistry(registry: readonly AgentDefinition[]): RegistryIndex {
  const agents = new Map<string, AgentDefinition>();
  for (const agent of registry) if (!agents.has(agent.name)) agents.set(agent.name, agent);
  const list = [...agents.values()];
  return {
    agents,
    byBotId: mapBy(list, (a) => a.botIds),
    byAppId: mapBy(list, (a) => a.appIds),
    byAppSlug: mapBy(list, (a) => lower(a.appSlugs)),
    byEmail: mapBy(list, (a) => lower(a.emails)),
    byEmailDomain: mapBy(list, (a) => lower(a.emailDomains)),
    byTrailerKey: mapBy(list, (a) => lower(a.trailerKeys)),
    byLabel: mapBy(list, (a) => lower(a.labels)),
    bodyMarkers: literals(list, (a) => a.bodyMarkers),
    branchPrefixes: literals(list, (a) => a.branchPrefixes),
    nameSuffixes: literals(list, (a) => a.nameSuffixes),
    subjectPrefixes: literals(list, (a) => a.subjectPrefixes),
  };
}

function mapBy<K>(agents: readonly AgentDefinition[], keys: (agent: AgentDefinition) => readonly K[]): Map<K, string[]> {
  const map = new Map<K, string[]>();
  for (const agent of agents) {
    for (const key of keys(agent)) {
      if (typeof key === "string" && key.length === 0) continue;
      const names = map.get(key) ?? [];
      if (!names.includes(agent.name)) names.push(agent.name);
      map.set(key, names);
    }
  }
  return map;
}

function literals(agents: readonly AgentDefinition[], pick: (agent: AgentDefinition) => readonly string[]): LiteralPattern[] {
  const out: LiteralPattern[] = [];
  for (const agent of agents) {
    for (const literal of pick(agent)) {
      if (literal.length > 0) out.push({ agent: agent.name, literal, lower: asciiLower(literal) });
    }
  }
  return out;
}

function lower(values: readonly string[]): string[] {
  return values.map((value) => asciiLower(value.trim()));
}
