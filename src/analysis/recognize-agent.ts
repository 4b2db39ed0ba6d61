import type { AirlockConfig } from "../config/index.js";
import type { Account, PullRequestSnapshot } from "../model/snapshot.js";
import type { AgentVerdict } from "../model/verdict.js";
import { DEFAULT_AGENTS, detectAgent, isAgentAccount, meetsConfidence, mergeAgentRegistry } from "./agents/index.js";

/**
 * `recognizeAgent` applies the config to agent detection: the built-in registry plus `agents.registry`,
 * the always/never lists, and `agents.minimumConfidence` deciding whether the PR counts as agent-authored.
 * Also returns the predicate approval evaluation uses to refuse the agent's own reviews.
 */
export function recognizeAgent(params: { snapshot: PullRequestSnapshot; config: AirlockConfig }): { verdict: AgentVerdict; isAgentAccount: (account: Account) => boolean } {
  const { agents } = params.config;
  const registry = mergeAgentRegistry({ defaults: DEFAULT_AGENTS, additions: agents.registry });
  const detected = detectAgent({ snapshot: params.snapshot, registry, alwaysAgent: agents.alwaysAgent, neverAgent: agents.neverAgent });
  const isAgent = detected.confidence !== "none" && meetsConfidence(detected.confidence, agents.minimumConfidence);
  return {
    verdict: isAgent ? { ...detected, isAgent } : { ...detected, isAgent, requester: null, otherRequesters: undefined },
    isAgentAccount: (account) => isAgentAccount({ account, registry, alwaysAgent: agents.alwaysAgent, neverAgent: agents.neverAgent }),
  };
}
