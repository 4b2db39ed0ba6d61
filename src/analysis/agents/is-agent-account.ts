import type { Account, AgentDefinition } from "../../model/index.js";
import { inAccountList, type AccountList } from "./account-list.js";

/**
 * `isAgentAccount` tells whether `account` is an AI agent: a `Bot` whose numeric id is one of an agent's
 * bot ids, or an account named in `alwaysAgent` (machine users). Logins are never compared with the
 * registry: the human `claude` (a `User`) is not `claude[bot]`, and the Copilot reviewer shares the
 * `Copilot` login with a different id. `neverAgent` overrides everything else.
 */
export function isAgentAccount(params: {
  account: Account;
  registry: readonly AgentDefinition[];
  alwaysAgent?: AccountList;
  neverAgent?: AccountList;
}): boolean {
  const { account, registry } = params;
  if (inAccountList(account, params.neverAgent)) return false;
  if (inAccountList(account, params.alwaysAgent)) return true;
  return account.type === "Bot" && registry.some((agent) => agent.botIds.includes(account.id));
}

/**
 * `isBotAccount` tells whether `account` is an App's bot: typed `Bot` by GitHub, or with a `[bot]` login,
 * which only Apps can hold (a mistyped record errs on the side of not counting the account as a person).
 */
export function isBotAccount(account: Pick<Account, "login" | "type">): boolean {
  return account.type === "Bot" || (account.login ?? "").toLowerCase().endsWith("[bot]");
}
