import type { Account, PullRequestSnapshot } from "../../model/index.js";
import { inAccountList, type AccountList } from "./account-list.js";
import type { AgentSignal, SignalFamily } from "./agent-signal.js";
import { asciiLower } from "./ascii-lower.js";
import { describeAccount } from "./describe-account.js";
import { DETECTION_LIMITS } from "./detection-limits.js";
import type { RegistryIndex } from "./index-registry.js";

/**
 * `collectActorSignals` returns the GitHub-asserted signals of a PR: its author, the webhook sender and
 * the pushers when their numeric id is an agent bot id and their type is `Bot` (logins are never
 * compared: `Copilot` is also the reviewer bot, `claude` is also a person), the App that acted when its
 * id is an agent App, and any of those accounts named in `alwaysAgent` (machine users). An App known
 * only by slug yields a medium signal: slugs are names, and names are what lookalike Apps imitate.
 */
export function collectActorSignals(params: {
  snapshot: PullRequestSnapshot;
  index: RegistryIndex;
  alwaysAgent?: AccountList;
}): AgentSignal[] {
  const { snapshot, index, alwaysAgent } = params;
  const actors = snapshot.actors ?? {};
  const signals: AgentSignal[] = [];
  const observe = (account: Account | undefined, family: SignalFamily, role: string): void => {
    if (account === undefined || account === null) return;
    signals.push(...botSignals(account, family, index));
    if (inAccountList(account, alwaysAgent)) {
      signals.push({ agent: null, family: "always-agent", value: `${role} ${describeAccount(account)}` });
    }
  };
  observe(snapshot.pullRequest.author, "author-id", "author");
  observe(actors.sender, "sender-id", "sender");
  for (const pusher of (actors.pushers ?? []).slice(0, DETECTION_LIMITS.maxActors)) observe(pusher, "pusher-id", "pusher");
  const app = actors.performedViaApp;
  if (app !== undefined && app !== null) signals.push(...appSignals(app, index));
  return signals;
}

function botSignals(account: Account, family: SignalFamily, index: RegistryIndex): AgentSignal[] {
  if (account.type !== "Bot") return [];
  const agents = index.byBotId.get(account.id) ?? [];
  return agents.map((agent) => ({ agent, family, value: describeAccount(account) }));
}

function appSignals(app: { id: number; slug: string }, index: RegistryIndex): AgentSignal[] {
  const value = `app ${app.slug} (${app.id})`;
  const byId = index.byAppId.get(app.id) ?? [];
  if (byId.length > 0) return byId.map((agent) => ({ agent, family: "performed-via-app", value }));
  const bySlug = index.byAppSlug.get(asciiLower(app.slug ?? "")) ?? [];
  return bySlug.map((agent) => ({ agent, family: "performed-via-app-slug", value }));
}
