import { describe, expect, it } from "vitest";
import { DEFAULT_AGENTS, detectAgent } from "../../../src/analysis/agents/index.js";
import type { AgentConfidence, PullRequestSnapshot } from "../../../src/model/index.js";
import { aBot, aCommit, anAccount, aSnapshot } from "../../helpers/snapshot.js";

const COPILOT = aBot("Copilot", 198982749);
const DEVIN = aBot("devin-ai-integration[bot]", 158243242);
const JULES = aBot("google-labs-jules[bot]", 161369871);
const CLAUDE = aBot("claude[bot]", 209825114);
const AMAZON_Q = aBot("amazon-q-developer[bot]", 208079219);

interface Case {
  name: string;
  snapshot: PullRequestSnapshot;
  alwaysAgent?: { logins: string[]; ids: number[] };
  agent: string | null;
  confidence: AgentConfidence;
  requester: string | null;
  signals: string[];
}

const cases: Case[] = [
  {
    name: "Copilot coding agent PR authored by its bot: the GitHub-asserted assignee is the requester, the co-author is excluded too",
    snapshot: aSnapshot({
      pullRequest: {
        author: COPILOT,
        title: "[WIP] Fix database sizing",
        headRef: "copilot/fix-db",
        assignees: ["Copilot", "bob"],
        body: "Thanks for assigning this issue to me.\n\n<!-- START COPILOT CODING AGENT SUFFIX -->\n- Fixes #12",
      },
      commits: [
        aCommit({
          message: "Initial plan\n\nCo-authored-by: alice <1001+alice@users.noreply.github.com>",
          author: { name: "copilot-swe-agent[bot]", email: "198982749+Copilot@users.noreply.github.com" },
        }),
      ],
      actors: { sender: COPILOT },
    }),
    agent: "copilot",
    confidence: "verified",
    requester: "bob",
    signals: ["author-id", "sender-id", "commit-email", "body-marker", "branch-prefix", "wip-title", "initial-plan-commit"],
  },
  {
    name: "Copilot PR with only an assignee names that human",
    snapshot: aSnapshot({ pullRequest: { author: COPILOT, headRef: "copilot/fix-db", assignees: ["Copilot", "bob"] } }),
    agent: "copilot",
    confidence: "verified",
    requester: "bob",
    signals: ["author-id", "branch-prefix"],
  },
  {
    name: "Devin bot PR names its requester in the body",
    snapshot: aSnapshot({
      pullRequest: {
        author: DEVIN,
        headRef: "devin/1748111368-resize-db",
        body: "Resizes the DB.\n\nLink to Devin run: https://app.devin.ai/sessions/0123456789abcdef0123456789abcdef\nRequested by: @alice",
      },
      commits: [aCommit({ author: { name: "Devin AI", email: "158243242+devin-ai-integration[bot]@users.noreply.github.com" } })],
    }),
    agent: "devin",
    confidence: "verified",
    requester: "alice",
    signals: ["author-id", "commit-email", "body-marker", "branch-prefix", "requester-line"],
  },
  {
    name: "Devin requester given only as a name and email is not a login",
    snapshot: aSnapshot({
      pullRequest: { author: DEVIN, body: "Link to Devin run: https://app.devin.ai/sessions/x\nRequested by: Alice Example (alice@example.com)" },
    }),
    agent: "devin",
    confidence: "verified",
    requester: null,
    signals: ["author-id", "body-marker", "requester-line"],
  },
  {
    name: "Codex cloud PR opened by the human, with a codex/ branch and task link",
    snapshot: aSnapshot({
      pullRequest: {
        author: anAccount({ login: "dana", id: 2002 }),
        headRef: "codex/resize-db",
        labels: ["codex"],
        body: "Summary\n- resize\n\n------\n[Codex Task](https://chatgpt.com/codex/tasks/task_e_0123456789abcdef0123456789abcdef)",
      },
      commits: [aCommit({ author: { name: "Codex GPT-5", email: "codex@openai.com" } })],
    }),
    agent: "codex",
    confidence: "likely",
    requester: "dana",
    signals: ["commit-email", "body-marker", "branch-prefix", "label"],
  },
  {
    name: "Claude Code CLI trailer on a human PR",
    snapshot: aSnapshot({
      commits: [
        aCommit({
          message:
            "Resize database\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\nCo-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>",
        }),
      ],
    }),
    agent: "claude",
    confidence: "likely",
    requester: "alice",
    signals: ["co-author"],
  },
  {
    name: "claude-code-action branch pushed by claude[bot], PR opened by the human from the link",
    snapshot: aSnapshot({
      pullRequest: { headRef: "claude/issue-12-20260101-1200", body: "This PR addresses #12\n\nGenerated with [Claude Code](https://claude.ai/code)" },
      commits: [
        aCommit({
          message: "Resize\n\nCo-authored-by: alice <1001+alice@users.noreply.github.com>",
          author: { name: "claude[bot]", email: "41898282+claude[bot]@users.noreply.github.com" },
        }),
      ],
      actors: { pushers: [CLAUDE] },
    }),
    agent: "claude",
    confidence: "verified",
    requester: "alice",
    signals: ["pusher-id", "commit-email", "body-marker", "branch-prefix"],
  },
  {
    name: "Cursor cloud agent commits as Cursor Agent on the user's PR",
    snapshot: aSnapshot({
      pullRequest: {
        headRef: "cursor/resize-db-1a2b",
        body: "<!-- CURSOR_AGENT_PR_BODY_BEGIN -->Resize<!-- CURSOR_AGENT_PR_BODY_END -->\n[Open in Web](https://cursor.com/agents?id=bc-0000)",
      },
      commits: [
        aCommit({
          message: "Resize\n\nCo-authored-by: erin <3003+erin@users.noreply.github.com>",
          author: { name: "Cursor Agent", email: "cursoragent@cursor.com" },
        }),
      ],
    }),
    agent: "cursor",
    confidence: "likely",
    requester: "erin",
    signals: ["commit-email", "body-marker", "branch-prefix"],
  },
  {
    name: "Jules bot PR started by a user",
    snapshot: aSnapshot({
      pullRequest: {
        author: JULES,
        body: "Resize.\n\n*PR created automatically by Jules for task [123](https://jules.google.com/task/123) started by @frank*",
      },
    }),
    agent: "jules",
    confidence: "verified",
    requester: "frank",
    signals: ["author-id", "body-marker", "requester-line"],
  },
  {
    name: "Aider marks the author name",
    snapshot: aSnapshot({ commits: [aCommit({ author: { name: "Alice Example (aider)" } })] }),
    agent: "aider",
    confidence: "likely",
    requester: "alice",
    signals: ["name-suffix"],
  },
  {
    name: "Aider subject prefix",
    snapshot: aSnapshot({ commits: [aCommit({ message: "aider: resize the database" })] }),
    agent: "aider",
    confidence: "likely",
    requester: "alice",
    signals: ["subject-prefix"],
  },
  {
    name: "Amp thread and co-author trailers",
    snapshot: aSnapshot({
      commits: [
        aCommit({
          message:
            "Resize\n\nAmp-Thread-ID: https://ampcode.com/threads/T-0b1c2d3e-0000-4000-8000-000000000000\r\nCo-authored-by: Amp <amp@ampcode.com>\r\n",
        }),
      ],
    }),
    agent: "amp",
    confidence: "likely",
    requester: "alice",
    signals: ["co-author", "agent-trailer"],
  },
  {
    name: "Replit agent trailers",
    snapshot: aSnapshot({
      commits: [aCommit({ message: "Resize\n\nReplit-Commit-Author: Agent\nReplit-Commit-Session-Id: 1d2c3b4a-0000" })],
    }),
    agent: "replit",
    confidence: "likely",
    requester: "alice",
    signals: ["agent-trailer"],
  },
  {
    name: "OpenHands machine user configured as always an agent",
    snapshot: aSnapshot({
      pullRequest: { author: anAccount({ login: "openhands-agent", id: 4004 }), headRef: "openhands-fix-issue-12" },
      commits: [aCommit({ author: { name: "openhands", email: "openhands@all-hands.dev" } })],
    }),
    alwaysAgent: { logins: ["openhands-agent"], ids: [] },
    agent: "openhands",
    confidence: "verified",
    requester: null,
    signals: ["always-agent", "commit-email", "branch-prefix"],
  },
  {
    name: "a configured machine user with no other trace is an unattributed agent",
    snapshot: aSnapshot({ pullRequest: { author: anAccount({ login: "org-bot-user", id: 5005 }) } }),
    alwaysAgent: { logins: [], ids: [5005] },
    agent: "unknown",
    confidence: "verified",
    requester: null,
    signals: ["always-agent"],
  },
  {
    name: "Amazon Q bot PR",
    snapshot: aSnapshot({ pullRequest: { author: AMAZON_Q } }),
    agent: "amazon-q",
    confidence: "verified",
    requester: null,
    signals: ["author-id"],
  },
  {
    name: "an agent App that acted for the human (performed_via_github_app)",
    snapshot: aSnapshot({ actors: { performedViaApp: { id: 1143301, slug: "copilot-swe-agent" } } }),
    agent: "copilot",
    confidence: "verified",
    requester: null,
    signals: ["performed-via-app"],
  },
  {
    name: "an App known only by slug is a claim",
    snapshot: aSnapshot({ actors: { performedViaApp: { id: 99, slug: "chatgpt-codex-connector" } } }),
    agent: "codex",
    confidence: "likely",
    requester: "alice",
    signals: ["performed-via-app-slug"],
  },
  {
    name: "a branch prefix alone is only possible",
    snapshot: aSnapshot({ pullRequest: { headRef: "codex/resize" } }),
    agent: "codex",
    confidence: "possible",
    requester: "alice",
    signals: ["branch-prefix"],
  },
  {
    name: "an ordinary human PR",
    snapshot: aSnapshot(),
    agent: null,
    confidence: "none",
    requester: null,
    signals: [],
  },
];

describe("detectAgent recognises each agent from its fingerprint", () => {
  it.each(cases)("$name", ({ snapshot, alwaysAgent, agent, confidence, requester, signals }) => {
    const verdict = detectAgent({ snapshot, registry: DEFAULT_AGENTS, alwaysAgent });

    expect(verdict.name).toBe(agent);
    expect(verdict.confidence).toBe(confidence);
    expect(verdict.isAgent).toBe(confidence === "verified" || confidence === "likely");
    expect(verdict.requester).toBe(requester);
    const seen = new Set(verdict.evidence.filter((e) => e.agent === agent).map((e) => e.signal));
    for (const signal of signals) expect(seen, `signal ${signal}`).toContain(signal);
  });
});

describe("detectAgent evidence", () => {
  it("lists signals strongest first, each with its agent", () => {
    const verdict = detectAgent({ snapshot: cases[0]!.snapshot, registry: DEFAULT_AGENTS });
    const ranks = verdict.evidence
      .filter((e) => e.signal !== "requester")
      .map((e) => ({ strong: 3, medium: 2, weak: 1 })[e.strength]);

    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(verdict.evidence.every((e) => e.agent === "copilot")).toBe(true);
  });

  it("reports every agent that left a trace and names the strongest", () => {
    const snapshot = aSnapshot({
      pullRequest: { author: DEVIN, body: "Codex link https://chatgpt.com/codex/tasks/task_e_1\nGenerated with [Claude Code](https://claude.ai/code)" },
    });
    const verdict = detectAgent({ snapshot, registry: DEFAULT_AGENTS });

    expect(verdict.name).toBe("devin");
    expect(new Set(verdict.evidence.map((e) => e.agent))).toEqual(new Set(["devin", "codex", "claude"]));
  });
});
