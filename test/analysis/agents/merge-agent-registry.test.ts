import { describe, expect, it } from "vitest";
import { DEFAULT_AGENTS, defineAgent, detectAgent, mergeAgentRegistry } from "../../../src/analysis/agents/index.js";
import { aCommit, anAccount, aSnapshot } from "../../helpers/snapshot.js";

const defaults = [
  defineAgent({ name: "devin", botIds: [158243242], branchPrefixes: ["devin/"], requesterSources: ["body-requested-by"] }),
  defineAgent({ name: "copilot", botIds: [198982749] }),
];

describe("mergeAgentRegistry", () => {
  it("unions the lists of an existing agent, matched case-insensitively, keeping built-ins first", () => {
    const merged = mergeAgentRegistry({
      defaults,
      additions: [{ name: "Devin", botIds: [777, 158243242], branchPrefixes: ["ai/devin-"], requesterSources: ["pr-author"] }],
    });

    expect(merged).toHaveLength(2);
    expect(merged[0]).toMatchObject({
      name: "devin",
      botIds: [158243242, 777],
      branchPrefixes: ["devin/", "ai/devin-"],
      requesterSources: ["body-requested-by", "pr-author"],
    });
  });

  it("adds a new agent with empty lists where the config names none", () => {
    const merged = mergeAgentRegistry({ defaults, additions: [{ name: "inhouse", emails: ["bot@acme.dev"] }] });

    expect(merged.map((a) => a.name)).toEqual(["devin", "copilot", "inhouse"]);
    expect(merged[2]).toEqual(defineAgent({ name: "inhouse", displayName: "inhouse", emails: ["bot@acme.dev"] }));
  });

  it("does not mutate its inputs", () => {
    const before = JSON.stringify(defaults);
    const merged = mergeAgentRegistry({ defaults, additions: [{ name: "copilot", botIds: [1] }] });
    merged[0]!.botIds.push(2);

    expect(JSON.stringify(defaults)).toBe(before);
  });

  it("feeds detection: a config-added email marks the PR", () => {
    const registry = mergeAgentRegistry({ defaults: DEFAULT_AGENTS, additions: [{ name: "inhouse", emails: ["agent@acme.dev"] }] });
    const snapshot = aSnapshot({ commits: [aCommit({ author: { name: "Acme Agent", email: "Agent@Acme.dev" } })] });

    expect(detectAgent({ snapshot, registry })).toMatchObject({ name: "inhouse", confidence: "likely", requester: null });
    expect(detectAgent({ snapshot, registry: DEFAULT_AGENTS }).confidence).toBe("none");
  });

  it("treats config patterns as literals, never as regular expressions", () => {
    const registry = mergeAgentRegistry({ defaults: [], additions: [{ name: "x", branchPrefixes: ["(a+)+$"], bodyMarkers: [".*"] }] });
    const snapshot = aSnapshot({ pullRequest: { author: anAccount(), headRef: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!", body: "anything" } });

    expect(detectAgent({ snapshot, registry }).confidence).toBe("none");
    expect(detectAgent({ snapshot: aSnapshot({ pullRequest: { body: "see .* here" } }), registry }).name).toBe("x");
  });
});
