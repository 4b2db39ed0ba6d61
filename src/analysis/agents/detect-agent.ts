import type { Account, AgentDefinition, AgentVerdict, PullRequestSnapshot, RequesterSource } from "../../model/index.js";
import { inAccountList, type AccountList } from "./account-list.js";
import type { AgentFinding, AgentSignal } from "./agent-signal.js";
import { aggregateSignals } from "./aggregate-signals.js";
import { AUTOMATION_BOTS, type AutomationBot } from "./automation-bots.js";
import { buildEvidence } from "./build-evidence.js";
import { checkCopilotClaim } from "./check-copilot-claim.js";
import { collectActorSignals } from "./collect-actor-signals.js";
import { collectCommitSignals } from "./collect-commit-signals.js";
import { collectTextSignals } from "./collect-text-signals.js";
import { describeAccount } from "./describe-account.js";
import { indexRegistry, type RegistryIndex } from "./index-registry.js";
import { meetsConfidence } from "./meets-confidence.js";
import { pushedOnlyByHumans } from "./pushed-only-by-humans.js";
import { readPullRequestText, type PullRequestText } from "./read-pull-request-text.js";
import { resolveRequesters, type Requester } from "./resolve-requester.js";

const NOT_AN_AGENT = { isAgent: false, name: null, confidence: "none", requester: null } as const;
const REQUESTER_STRENGTH: Readonly<Record<RequesterSource, AgentFinding["strength"]>> = {
  "pr-author": "strong",
  assignee: "strong",
  "co-author": "medium",
  "body-requested-by": "weak",
  "body-started-by": "weak",
};

/**
 * `detectAgent` returns whether a PR was written by an AI coding agent, which one, how sure Airlock is,
 * who launched it, and the evidence. Pure and bounded (see `DETECTION_LIMITS`).
 *
 * 1. Collect signals: GitHub-asserted actors (strong), commit and body claims (medium), hints (weak).
 * 2. Check consistency: Copilot markers off a Copilot-authored PR, bot commit identities pushed by humans.
 * 3. `neverAgent` naming the PR author forces "not an agent"; so does an automation bot author with no
 *    AI trace (reported as `automation`).
 * 4. Otherwise the best-scoring agent is reported; `isAgent` holds for `verified` and `likely`, a
 *    `possible` agent is named but not counted (`meetsConfidence` lets policy choose another threshold).
 */
export function detectAgent(params: {
  snapshot: PullRequestSnapshot;
  registry: readonly AgentDefinition[];
  alwaysAgent?: AccountList;
  neverAgent?: AccountList;
  automationBots?: readonly AutomationBot[];
}): AgentVerdict {
  const { snapshot, alwaysAgent } = params;
  const author = snapshot.pullRequest.author;
  const index = indexRegistry(params.registry);
  const text = readPullRequestText(snapshot);
  const commits = collectCommitSignals({
    commits: text.commits,
    index,
    pushedOnlyByHumans: pushedOnlyByHumans(snapshot.actors, alwaysAgent),
  });
  const signals: AgentSignal[] = [
    ...collectActorSignals({ snapshot, index, alwaysAgent }),
    ...commits.signals,
    ...collectTextSignals({ pullRequest: snapshot.pullRequest, text, index }),
  ];
  const checks = [...checkCopilotClaim({ author, signals, index }), ...commits.findings];

  if (inAccountList(author, params.neverAgent)) {
    const value = `PR author ${describeAccount(author)} is configured as never an agent`;
    const why: AgentFinding = { signal: "never-agent", value, strength: "strong" };
    return { ...NOT_AN_AGENT, evidence: buildEvidence({ leading: [why], signals, trailing: checks }) };
  }
  const automationBots = params.automationBots ?? AUTOMATION_BOTS;
  const best = aggregateSignals(signals)[0];
  if (best === undefined) {
    const automation = automationFinding(author, automationBots);
    return { ...NOT_AN_AGENT, evidence: buildEvidence({ leading: automation, signals, trailing: checks }) };
  }
  const requesters = findRequesters({ agent: index.agents.get(best.agent), snapshot, text, index, alwaysAgent, automationBots });
  const requester = requesters[0];
  return {
    isAgent: meetsConfidence(best.confidence, "likely"),
    name: best.agent,
    confidence: best.confidence,
    requester: requester?.login ?? null,
    ...(requesters.length > 1 ? { otherRequesters: requesters.slice(1).map((r) => r.login) } : {}),
    evidence: buildEvidence({ signals, trailing: [...checks, ...requesterFinding(requester, best.agent)], attributedTo: best.agent }),
  };
}

function findRequesters(params: {
  agent: AgentDefinition | undefined;
  snapshot: PullRequestSnapshot;
  text: PullRequestText;
  index: RegistryIndex;
  alwaysAgent?: AccountList;
  automationBots: readonly AutomationBot[];
}): Requester[] {
  // A configured machine user alone names no agent, so no definition says where its human is.
  if (params.agent === undefined) return [];
  const botIds = new Set<number>([...params.index.byBotId.keys(), ...params.automationBots.map((bot) => bot.id)]);
  return resolveRequesters({
    agent: params.agent,
    pullRequest: params.snapshot.pullRequest,
    text: params.text,
    nonHumans: { botIds, alwaysAgent: params.alwaysAgent },
  });
}

function requesterFinding(requester: Requester | undefined, agent: string): AgentFinding[] {
  if (requester === undefined) return [];
  const value = `${requester.login} (${requester.source})`;
  return [{ signal: "requester", value, strength: REQUESTER_STRENGTH[requester.source], agent }];
}

function automationFinding(author: Account, bots: readonly AutomationBot[]): AgentFinding[] {
  if (author.type !== "Bot") return [];
  const bot = bots.find((candidate) => candidate.id === author.id);
  if (bot === undefined) return [];
  const value = `PR author ${describeAccount(author)} is ${bot.name}, automation without AI markers`;
  return [{ signal: "automation", value, strength: "strong" }];
}
