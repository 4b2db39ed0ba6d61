import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Probot } from "probot";
import { fakeGitHub, review, type FakeState } from "../support/fake-github.js";
import { deliver, testApp } from "../support/test-app.js";
import { ACCOUNT, checkText, commit, opened, prodDbDeletion } from "./actors.js";

let probot: Probot;
let github: ReturnType<typeof fakeGitHub> | undefined;
beforeEach(async () => {
  probot = await testApp();
});
afterEach(() => github?.stop());

async function evaluate(state: FakeState): Promise<{ conclusion: string; text: string }> {
  github?.stop();
  github = fakeGitHub(state);
  await deliver(probot, "pull_request", opened(state));
  const check = github.latestCheck();
  return { conclusion: check.conclusion, text: checkText(check) };
}

/** A review by `account` as the REST API lists it. */
function reviewBy(account: { login: string; id: number; type: string }, state = "APPROVED"): any {
  return review(account.login, state, { id: account.id, type: account.type });
}

describe("a Claude Code PR reviewed by a human whose login is `claude`", () => {
  /** claude[bot] opens the PR; alice launched it (co-author trailer); the human `claude` has write access. */
  function claudePullRequest(): FakeState {
    const state = prodDbDeletion({ author: ACCOUNT.claudeBot, branch: "claude/remove-legacy-db" });
    state.pr.body = "Removes the legacy database.\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)";
    state.commits = [
      commit({
        message: "Remove the legacy database\n\nCo-authored-by: alice <1001+alice@users.noreply.github.com>",
        author: { name: "claude[bot]", email: "209825114+claude[bot]@users.noreply.github.com" },
        linkedAuthor: ACCOUNT.claudeBot,
      }),
    ];
    return state;
  }

  it("counts the human claude's approval and never claude[bot]'s own", async () => {
    const state = claudePullRequest();
    state.reviews = [reviewBy(ACCOUNT.claudeHuman), reviewBy(ACCOUNT.claudeBot)];
    const { conclusion, text } = await evaluate(state);
    expect(text).toContain("#### Authored by `claude` (verified)");
    expect(conclusion).toBe("action_required");
    expect(text).toContain("Approved by: `claude`\n");
    expect(text).toMatch(/- `claude\[bot\]`: (reviews by bots do not count|the agent cannot approve its own change)/);
    expect(text).toMatch(/1 more approval \(2 required\)/);
  });

  it("opens once another eligible human approves alongside the human claude", async () => {
    const state = claudePullRequest();
    state.reviews = [reviewBy(ACCOUNT.claudeHuman), reviewBy(ACCOUNT.claudeBot), reviewBy(ACCOUNT.dave)];
    const { conclusion, text } = await evaluate(state);
    expect(conclusion).toBe("success");
    expect(text).toContain("Approved by: `claude`, `dave`");
  });

  it("does not count the human claude when they lack write access: eligibility is the same as anyone's", async () => {
    const state = claudePullRequest();
    state.permissions = { ...state.permissions, claude: "read" };
    state.reviews = [reviewBy(ACCOUNT.claudeHuman), reviewBy(ACCOUNT.dave)];
    const { conclusion, text } = await evaluate(state);
    expect(conclusion).toBe("action_required");
    expect(text).toContain("- `claude`: no write permission on the repository");
  });
});

describe("a Copilot PR approved by Copilot", () => {
  const COPILOT_BOTS = [
    { name: "the coding agent itself (198982749)", account: ACCOUNT.copilotAgent },
    { name: "the Copilot code reviewer (175728472)", account: ACCOUNT.copilotReviewer },
  ];

  it.each(COPILOT_BOTS)("does not count an approval by $name", async ({ account }) => {
    const state = prodDbDeletion({ author: ACCOUNT.copilotAgent, branch: "copilot/remove-legacy-db" });
    state.pr.assignees = [ACCOUNT.alice, ACCOUNT.copilotAgent];
    state.reviews = [reviewBy(account), reviewBy(ACCOUNT.carol)];
    const { conclusion, text } = await evaluate(state);
    expect(text).toContain("#### Authored by `copilot` (verified)");
    expect(conclusion).toBe("action_required");
    expect(text).toContain("Approved by: `carol`\n");
    expect(text).toMatch(/- `Copilot`: (reviews by bots do not count|the agent cannot approve its own change)/);
  });
});
