import { describe, expect, it } from "vitest";
import { DEFAULT_AGENTS, detectAgent } from "../../../src/analysis/agents/index.js";
import { aBot, aCommit, anAccount, aSnapshot } from "../../helpers/snapshot.js";

const COPILOT = aBot("Copilot", 198982749);
const DEVIN = aBot("devin-ai-integration[bot]", 158243242);
const ALICE = anAccount();

function signalsOf(verdict: ReturnType<typeof detectAgent>): string[] {
  return verdict.evidence.map((e) => e.signal);
}

describe("detectAgent resists spoofing", () => {
  it("keeps an agent PR verified by author id when its commits pose as a human", () => {
    const snapshot = aSnapshot({
      pullRequest: { author: DEVIN, body: "Small fix." },
      commits: [aCommit({ message: "Fix\n\nCo-authored-by: Alice Example <1001+alice@users.noreply.github.com>", author: { name: "Alice Example", email: "alice@example.com" } })],
    });
    const verdict = detectAgent({ snapshot, registry: DEFAULT_AGENTS });

    expect(verdict).toMatchObject({ isAgent: true, name: "devin", confidence: "verified" });
    expect(verdict.evidence[0]).toMatchObject({ signal: "author-id", value: expect.stringContaining("158243242") });
  });

  it("flags Copilot markers on a human PR and keeps them below verified", () => {
    const snapshot = aSnapshot({
      pullRequest: {
        author: ALICE,
        headRef: "copilot/fix-db",
        body: "<!-- START COPILOT CODING AGENT SUFFIX -->\nCopied from a real Copilot PR",
      },
      actors: { sender: ALICE },
    });
    const verdict = detectAgent({ snapshot, registry: DEFAULT_AGENTS });

    expect(verdict.confidence).toBe("likely");
    expect(verdict.name).toBe("copilot");
    expect(verdict.evidence).toContainEqual(
      expect.objectContaining({ signal: "inconsistent-copilot-claim", agent: "copilot", value: expect.stringContaining("alice") }),
    );
  });

  it("does not flag Copilot markers on the Copilot agent's own PR", () => {
    const snapshot = aSnapshot({ pullRequest: { author: COPILOT, headRef: "copilot/fix-db" } });

    expect(signalsOf(detectAgent({ snapshot, registry: DEFAULT_AGENTS }))).not.toContain("inconsistent-copilot-claim");
  });

  it.each([
    { name: "a lookalike bot login with another id", author: aBot("copilot-swe-agent-helper[bot]", 31337) },
    { name: "the Copilot reviewer, which shares the Copilot login", author: aBot("Copilot", 175728472) },
    { name: "Copilot Chat", author: aBot("copilot[bot]", 167198135) },
    { name: "a user account carrying an agent's bot id", author: anAccount({ login: "Copilot", id: 198982749 }) },
    { name: "the human claude", author: anAccount({ login: "claude", id: 81847 }) },
  ])("does not match $name", ({ author }) => {
    const verdict = detectAgent({ snapshot: aSnapshot({ pullRequest: { author }, actors: { sender: author, pushers: [author] } }), registry: DEFAULT_AGENTS });

    expect(verdict).toMatchObject({ isAgent: false, name: null, confidence: "none" });
  });

  it("discards a commit email claiming an agent bot when GitHub says a human pushed it", () => {
    const snapshot = aSnapshot({
      commits: [aCommit({ author: { name: "Devin AI", email: "158243242+devin-ai-integration[bot]@users.noreply.github.com" } })],
      actors: { sender: ALICE, pushers: [ALICE] },
    });
    const verdict = detectAgent({ snapshot, registry: DEFAULT_AGENTS });

    expect(verdict).toMatchObject({ isAgent: false, confidence: "none" });
    expect(verdict.evidence).toContainEqual(expect.objectContaining({ signal: "forged-bot-identity", agent: "devin" }));
    expect(signalsOf(verdict)).not.toContain("commit-email");
  });

  it("keeps the bot commit email when no push is recorded", () => {
    const snapshot = aSnapshot({
      commits: [aCommit({ author: { name: "Devin AI", email: "158243242+devin-ai-integration[bot]@users.noreply.github.com" } })],
    });
    const verdict = detectAgent({ snapshot, registry: DEFAULT_AGENTS });

    expect(verdict).toMatchObject({ name: "devin", confidence: "likely" });
    expect(signalsOf(verdict)).not.toContain("forged-bot-identity");
  });

  it("keeps a vendor commit email pushed with the human's token (Cursor acts as the user)", () => {
    const snapshot = aSnapshot({
      commits: [aCommit({ author: { name: "Cursor Agent", email: "cursoragent@cursor.com" } })],
      actors: { pushers: [ALICE] },
    });

    expect(detectAgent({ snapshot, registry: DEFAULT_AGENTS })).toMatchObject({ name: "cursor", confidence: "likely" });
  });

  it.each(["Claude", "Devin", "Jules", "Codex"])("ignores a co-author named %s with a personal email", (name) => {
    const message = `Fix\n\nCo-authored-by: ${name} <${name.toLowerCase()}@example.com>`;
    const verdict = detectAgent({ snapshot: aSnapshot({ commits: [aCommit({ message })] }), registry: DEFAULT_AGENTS });

    expect(verdict).toMatchObject({ isAgent: false, name: null, confidence: "none" });
  });

  it("does not read trailers from the subject paragraph", () => {
    const message = "Co-authored-by: Claude <noreply@anthropic.com>";

    expect(detectAgent({ snapshot: aSnapshot({ commits: [aCommit({ message })] }), registry: DEFAULT_AGENTS }).confidence).toBe("none");
  });
});

describe("detectAgent overrides and automation", () => {
  it("lets neverAgent win over a verified agent author", () => {
    const snapshot = aSnapshot({ pullRequest: { author: DEVIN } });
    const verdict = detectAgent({ snapshot, registry: DEFAULT_AGENTS, neverAgent: { logins: [], ids: [158243242] } });

    expect(verdict).toMatchObject({ isAgent: false, name: null, confidence: "none", requester: null });
    expect(verdict.evidence[0]).toMatchObject({ signal: "never-agent", value: expect.stringContaining("devin-ai-integration[bot]") });
  });

  it("matches neverAgent logins exactly, so `claude` does not cover claude[bot]", () => {
    const snapshot = aSnapshot({ pullRequest: { author: aBot("claude[bot]", 209825114) } });
    const verdict = detectAgent({ snapshot, registry: DEFAULT_AGENTS, neverAgent: { logins: ["claude"], ids: [] } });

    expect(verdict).toMatchObject({ isAgent: true, name: "claude", confidence: "verified" });
  });

  it.each([
    { bot: aBot("dependabot[bot]", 49699333), name: "dependabot" },
    { bot: aBot("renovate[bot]", 29139614), name: "renovate" },
    { bot: aBot("github-actions[bot]", 41898282), name: "github-actions" },
  ])("classes $name as automation, not an agent", ({ bot, name }) => {
    const snapshot = aSnapshot({ pullRequest: { author: bot, headRef: `${name}/npm/x-1.2.3` }, actors: { sender: bot } });
    const verdict = detectAgent({ snapshot, registry: DEFAULT_AGENTS });

    expect(verdict).toMatchObject({ isAgent: false, name: null, confidence: "none" });
    expect(verdict.evidence).toEqual([expect.objectContaining({ signal: "automation", value: expect.stringContaining(name) })]);
  });

  it("still detects an AI action running as github-actions[bot]", () => {
    const bot = aBot("github-actions[bot]", 41898282);
    const snapshot = aSnapshot({
      pullRequest: { author: bot, body: "Generated with [Claude Code](https://claude.ai/code)" },
      commits: [aCommit({ message: "Fix\n\nCo-Authored-By: Claude <noreply@anthropic.com>" })],
    });
    const verdict = detectAgent({ snapshot, registry: DEFAULT_AGENTS });

    expect(verdict).toMatchObject({ isAgent: true, name: "claude", confidence: "likely" });
    expect(signalsOf(verdict)).not.toContain("automation");
  });
});
