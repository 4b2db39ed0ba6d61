import { describe, expect, it } from "vitest";
import { DEFAULT_AGENTS, isAgentAccount, isBotAccount } from "../../../src/analysis/agents/index.js";
import type { Account } from "../../../src/model/index.js";
import { aBot, anAccount } from "../../helpers/snapshot.js";

describe("isAgentAccount", () => {
  it.each<{ name: string; account: Account; expected: boolean }>([
    { name: "claude[bot] by id", account: aBot("claude[bot]", 209825114), expected: true },
    { name: "the human claude", account: anAccount({ login: "claude", id: 81847 }), expected: false },
    { name: "the Copilot coding agent", account: aBot("Copilot", 198982749), expected: true },
    { name: "the Copilot reviewer", account: aBot("Copilot", 175728472), expected: false },
    { name: "a lookalike login", account: aBot("devin-ai-integration[bot]", 12345), expected: false },
    { name: "a renamed agent bot, by id", account: aBot("devin-renamed[bot]", 158243242), expected: true },
    { name: "dependabot (a bot, not an agent)", account: aBot("dependabot[bot]", 49699333), expected: false },
    { name: "a user with an agent bot id", account: anAccount({ login: "mallory", id: 209825114 }), expected: false },
  ])("$name → $expected", ({ account, expected }) => {
    expect(isAgentAccount({ account, registry: DEFAULT_AGENTS })).toBe(expected);
  });

  it("counts configured machine users by login or id", () => {
    const alwaysAgent = { logins: ["OpenHands-Agent"], ids: [5005] };

    expect(isAgentAccount({ account: anAccount({ login: "openhands-agent", id: 4004 }), registry: DEFAULT_AGENTS, alwaysAgent })).toBe(true);
    expect(isAgentAccount({ account: anAccount({ login: "org-devin", id: 5005 }), registry: DEFAULT_AGENTS, alwaysAgent })).toBe(true);
    expect(isAgentAccount({ account: anAccount(), registry: DEFAULT_AGENTS, alwaysAgent })).toBe(false);
  });

  it("lets neverAgent override both the registry and alwaysAgent", () => {
    const account = aBot("claude[bot]", 209825114);

    expect(isAgentAccount({ account, registry: DEFAULT_AGENTS, alwaysAgent: { logins: ["claude[bot]"], ids: [] }, neverAgent: { logins: [], ids: [209825114] } })).toBe(false);
  });
});

describe("isBotAccount", () => {
  it.each([
    { account: aBot("renovate[bot]", 29139614), expected: true },
    { account: anAccount({ login: "claude", id: 81847 }), expected: false },
    { account: anAccount({ login: "weird[bot]", id: 9 }), expected: true },
    { account: anAccount({ login: "acme", type: "Organization" }), expected: false },
  ])("$account.login ($account.type) → $expected", ({ account, expected }) => {
    expect(isBotAccount(account)).toBe(expected);
  });
});
