import type { AgentDefinition } from "../../model/index.js";

/** The fields of an agent definition a caller must name; everything else defaults to "no such fingerprint". */
export type AgentDefinitionInput = Partial<AgentDefinition> & { name: string };

/**
 * `defineAgent` returns a complete `AgentDefinition` from a partial one: missing lists become empty (no
 * fingerprint of that kind), a missing display name becomes the name. Lists are copied, so the result
 * shares no arrays with the input.
 */
export function defineAgent(input: AgentDefinitionInput): AgentDefinition {
  return {
    name: input.name,
    displayName: input.displayName ?? input.name,
    botIds: [...(input.botIds ?? [])],
    appIds: [...(input.appIds ?? [])],
    appSlugs: [...(input.appSlugs ?? [])],
    emails: [...(input.emails ?? [])],
    emailDomains: [...(input.emailDomains ?? [])],
    nameSuffixes: [...(input.nameSuffixes ?? [])],
    trailerKeys: [...(input.trailerKeys ?? [])],
    subjectPrefixes: [...(input.subjectPrefixes ?? [])],
    bodyMarkers: [...(input.bodyMarkers ?? [])],
    branchPrefixes: [...(input.branchPrefixes ?? [])],
    labels: [...(input.labels ?? [])],
    requesterSources: [...(input.requesterSources ?? [])],
  };
}
