import { describe, expect, it } from "vitest";
import { authorizeOverride, type AuthorizeOverrideParams } from "../../../src/analysis/governance/authorize-override.js";

const base: AuthorizeOverrideParams = {
  login: "carol",
  accountType: "User",
  teams: { "acme/sre": ["Carol", "dave", "alice", "bob"], "acme/platform": ["carol"], "acme/other": ["erin"] },
  overrideTeams: ["acme/sre", "acme/platform"],
  isAgentAccount: false,
  requester: "alice",
  author: "bob",
};

describe("authorizeOverride", () => {
  it("lets a human member of an override team override, listing their override teams", () => {
    expect(authorizeOverride(base)).toEqual({ ok: true, teams: ["acme/sre", "acme/platform"] });
    expect(authorizeOverride({ ...base, login: "DAVE" })).toEqual({ ok: true, teams: ["acme/sre"] });
  });

  it("matches team names without case", () => {
    expect(authorizeOverride({ ...base, overrideTeams: ["Acme/SRE"] })).toEqual({ ok: true, teams: ["Acme/SRE"] });
  });

  it.each<[string, Partial<AuthorizeOverrideParams>, RegExp]>([
    ["a non-member", { login: "erin" }, /erin is not a member of an override team \(acme\/sre, acme\/platform\)/],
    ["a bot, even one listed in a team", { login: "carol", accountType: "Bot" }, /only humans can override: carol is a Bot account/],
    ["an organisation account", { accountType: "Organization" }, /only humans/],
    ["the agent", { isAgentAccount: true }, /an AI agent cannot override/],
    ["the human who launched the agent", { login: "Alice" }, /the human who launched the agent cannot override/],
    ["the PR author", { login: "bob" }, /the author of the PR cannot override/],
    ["anyone when no override team is configured", { overrideTeams: [] }, /overrides are disabled: no team is listed in override.teams/],
    ["an unknown commenter", { login: "" }, /unknown/],
  ])("refuses %s", (_name, change, why) => {
    const decision = authorizeOverride({ ...base, ...change });
    expect(decision.ok).toBe(false);
    if (!decision.ok) expect(decision.why).toMatch(why);
  });

  it("refuses a configured team whose members were not gathered", () => {
    expect(authorizeOverride({ ...base, teams: {} }).ok).toBe(false);
  });
});
