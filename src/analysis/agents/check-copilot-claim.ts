import type { Account } from "../../model/index.js";
import type { AgentFinding, AgentSignal, SignalFamily } from "./agent-signal.js";
import type { RegistryIndex } from "./index-registry.js";

const COPILOT = "copilot";
// The markers GitHub ties to the agent's own PRs: it may only push to `copilot/` branches, writes its
// body markers and signs commits with `Agent-Logs-Url`.
const COPILOT_CLAIMS: ReadonlySet<SignalFamily> = new Set<SignalFamily>(["branch-prefix", "body-marker", "agent-trailer"]);

/**
 * `checkCopilotClaim` returns an `inconsistent-copilot-claim` finding when a PR carries Copilot coding
 * agent markers but its author is not the Copilot bot (by id and `type: "Bot"`). The agent always opens
 * its own PRs, so markers on anyone else's PR were typed or copied; the markers stay claims (at most
 * `likely`), and the finding tells reviewers why. Returns nothing when the registry has no `copilot`.
 */
export function checkCopilotClaim(params: {
  author: Account;
  signals: readonly AgentSignal[];
  index: RegistryIndex;
}): AgentFinding[] {
  const copilot = params.index.agents.get(COPILOT);
  if (copilot === undefined) return [];
  const claims = new Set<string>();
  for (const signal of params.signals) {
    if (signal.agent === COPILOT && COPILOT_CLAIMS.has(signal.family)) claims.add(signal.family);
  }
  if (claims.size === 0) return [];
  const { author } = params;
  if (author.type === "Bot" && copilot.botIds.includes(author.id)) return [];
  const value = `${[...claims].join(", ")} on a PR authored by ${author.login} (${author.id}, ${author.type}), not the Copilot agent`;
  return [{ signal: "inconsistent-copilot-claim", value, strength: "strong", agent: COPILOT }];
}
