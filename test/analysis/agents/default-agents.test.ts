import { describe, expect, it } from "vitest";
import { AUTOMATION_BOTS, DEFAULT_AGENTS } from "../../../src/analysis/agents/index.js";

const agent = (name: string) => DEFAULT_AGENTS.find((a) => a.name === name)!;
const allBotIds = DEFAULT_AGENTS.flatMap((a) => a.botIds);

describe("DEFAULT_AGENTS", () => {
  it.each([
    ["copilot", 198982749],
    ["codex", 199175422],
    ["codex", 215057067],
    ["claude", 209825114],
    ["claude", 215619710],
    ["claude", 208546643],
    ["cursor", 206951365],
    ["cursor", 201670782],
    ["devin", 158243242],
    ["jules", 161369871],
    ["amazon-q", 208079219],
    ["factory", 138933559],
    ["gemini", 176961590],
    ["windsurf", 189301087],
    ["cline", 205137888],
    ["continue", 230936708],
  ])("%s owns bot id %i", (name, id) => {
    expect(agent(name).botIds).toContain(id);
  });

  it.each([
    ["the Copilot code reviewer", 175728472],
    ["Copilot Chat", 167198135],
    ["the human claude", 81847],
    ...AUTOMATION_BOTS.map((bot) => [bot.login, bot.id] as [string, number]),
  ])("does not claim %s (%i)", (_, id) => {
    expect(allBotIds).not.toContain(id);
  });

  it("has unique names and no empty patterns", () => {
    expect(new Set(DEFAULT_AGENTS.map((a) => a.name)).size).toBe(DEFAULT_AGENTS.length);
    for (const a of DEFAULT_AGENTS) {
      for (const list of [a.emails, a.emailDomains, a.bodyMarkers, a.branchPrefixes, a.labels, a.trailerKeys]) {
        for (const entry of list) expect(entry.trim(), `${a.name}: ${JSON.stringify(entry)}`).not.toBe("");
      }
      expect(a.requesterSources.length, a.name).toBeGreaterThan(0);
    }
  });

  it("is frozen, so no evaluation can change it for the next", () => {
    expect(() => agent("copilot").botIds.push(1)).toThrow(TypeError);
    expect(() => (agent("copilot").name = "x")).toThrow(TypeError);
  });
});
