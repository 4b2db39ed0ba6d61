import { describe, expect, it } from "vitest";
import { aggregateSignals } from "../../../src/analysis/agents/aggregate-signals.js";
import type { AgentSignal } from "../../../src/analysis/agents/agent-signal.js";
import { DEFAULT_AGENTS, detectAgent, meetsConfidence } from "../../../src/analysis/agents/index.js";
import type { AgentConfidence } from "../../../src/model/index.js";
import { aCommit, aSnapshot } from "../../helpers/snapshot.js";

const signal = (agent: string | null, family: AgentSignal["family"], value = "v"): AgentSignal => ({ agent, family, value });

describe("aggregateSignals", () => {
  it("combines distinct families with a noisy-OR", () => {
    const [score] = aggregateSignals([signal("a", "co-author"), signal("a", "body-marker")]);

    expect(score!.score).toBeCloseTo(1 - 0.4 * 0.5);
  });

  it("counts a family once however often it fires", () => {
    const once = aggregateSignals([signal("a", "co-author")])[0]!.score;
    const tenTimes = aggregateSignals(Array.from({ length: 10 }, (_, i) => signal("a", "co-author", `t${i}`)))[0]!.score;

    expect(tenTimes).toBe(once);
  });

  it.each<{ families: AgentSignal["family"][]; confidence: AgentConfidence }>([
    { families: ["author-id"], confidence: "verified" },
    { families: ["body-marker", "co-author", "agent-trailer", "commit-email", "name-suffix"], confidence: "likely" },
    { families: ["branch-prefix", "label", "wip-title"], confidence: "possible" },
  ])("sets confidence from the strongest tier: $families → $confidence", ({ families, confidence }) => {
    expect(aggregateSignals(families.map((f) => signal("a", f)))[0]!.confidence).toBe(confidence);
  });

  it("credits agent-agnostic signals to the named agents, or to unknown", () => {
    expect(aggregateSignals([signal(null, "always-agent"), signal("b", "branch-prefix")])).toEqual([
      expect.objectContaining({ agent: "b", confidence: "verified" }),
    ]);
    expect(aggregateSignals([signal(null, "always-agent")])).toEqual([expect.objectContaining({ agent: "unknown", confidence: "verified" })]);
  });
});

describe("detectAgent aggregation", () => {
  it("counts ten identical trailers once, so two distinct claims of another agent win", () => {
    const amp = Array.from({ length: 10 }, () => aCommit({ message: "Step\n\nCo-authored-by: Amp <amp@ampcode.com>" }));
    const aider = aCommit({ message: "aider: tidy", author: { name: "Alice (aider)" } });
    const verdict = detectAgent({ snapshot: aSnapshot({ commits: [...amp, aider] }), registry: DEFAULT_AGENTS });

    expect(verdict.name).toBe("aider");
    expect(verdict.evidence.filter((e) => e.agent === "amp" && e.signal === "co-author")).toHaveLength(1);
  });
});

describe("meetsConfidence", () => {
  it.each<[AgentConfidence, AgentConfidence, boolean]>([
    ["verified", "likely", true],
    ["likely", "likely", true],
    ["possible", "likely", false],
    ["none", "possible", false],
    ["possible", "none", true],
    ["likely", "verified", false],
  ])("%s meets %s → %s", (confidence, minimum, expected) => {
    expect(meetsConfidence(confidence, minimum)).toBe(expected);
  });
});
