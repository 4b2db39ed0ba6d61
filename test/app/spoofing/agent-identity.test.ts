import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Probot } from "probot";
import { fakeGitHub, review, type FakeState } from "../support/fake-github.js";
import { deliver, testApp } from "../support/test-app.js";
import { ACCOUNT, checkText, commit, labelNames, NO_PLAN_REQUIRED, opened, prodDbDeletion } from "./actors.js";

const COPILOT_BODY = "Thanks for assigning this issue to me.\n\n<!-- START COPILOT CODING AGENT SUFFIX -->";
const LOGS_URL = "Agent-Logs-Url: https://github.com/Codertocat/Hello-World/sessions/0f3c8a52-5a9e-4c57-9c1d-2d3f1a9b7e10";

let probot: Probot;
let github: ReturnType<typeof fakeGitHub> | undefined;
beforeEach(async () => {
  probot = await testApp();
});
afterEach(() => github?.stop());

async function evaluate(state: FakeState): Promise<{ check: any; text: string }> {
  github = fakeGitHub(state);
  await deliver(probot, "pull_request", opened(state));
  const check = github.latestCheck();
  return { check, text: checkText(check) };
}

describe("a Copilot PR whose commits claim to be written by humans", () => {
  /** Copilot, launched by alice (the assignee), writes commits as carol and dave and credits them as co-authors. */
  function disguisedAgent(): FakeState {
    const state = prodDbDeletion({ author: ACCOUNT.copilotAgent, branch: "copilot/remove-legacy-db" });
    state.pr.body = COPILOT_BODY;
    state.pr.assignees = [ACCOUNT.alice, ACCOUNT.copilotAgent];
    state.commits = [
      commit({
        message: "Remove the legacy database\n\nCo-authored-by: Carol <7+carol@users.noreply.github.com>\nCo-authored-by: Dave <dave@example.com>",
        author: { name: "Carol", email: "carol@example.com" },
        committer: { name: "Dave", email: "dave@example.com" },
        linkedAuthor: ACCOUNT.carol,
        linkedCommitter: ACCOUNT.dave,
      }),
    ];
    return state;
  }

  it("is still the verified Copilot agent: labelled and held for approvals", async () => {
    const state = disguisedAgent();
    const { check, text } = await evaluate(state);
    expect(check.conclusion).toBe("action_required");
    expect(labelNames(state)).toContain("airlock/agent");
    expect(text).toContain("#### Authored by `copilot` (verified)");
    expect(text).toContain("| author-id | `Copilot (198982749, Bot)` | strong |");
    expect(text).toMatch(/2 more approvals \(2 required\)/);
  });

  it("does not let the human who assigned the agent approve by having it credit someone else as co-author", async () => {
    const state = disguisedAgent();
    state.reviews = [review("alice", "APPROVED", { id: 1001 }), review("dave", "APPROVED", { id: 8 })];
    const { check, text } = await evaluate(state);
    expect(check.conclusion).toBe("action_required");
    expect(text).toContain("`alice`: the human who launched the agent cannot approve its change");
  });
});

describe("a human PR that carries Copilot's markers", () => {
  /** alice opens the PR herself from a `copilot/` branch, with Copilot's body marker and session trailer. */
  function humanInCopilotsClothes(config: string | null): FakeState {
    const state = prodDbDeletion({ author: ACCOUNT.alice, branch: "copilot/remove-legacy-db", config });
    state.pr.body = `Removing the database.\n\n${COPILOT_BODY}`;
    state.commits = [commit({ message: `Remove the legacy database\n\n${LOGS_URL}`, author: { name: "Alice", email: "alice@example.com" }, linkedAuthor: ACCOUNT.alice, linkedCommitter: ACCOUNT.alice })];
    return state;
  }

  it("with the default config is a likely (not verified) Copilot PR, gated, and the check explains the inconsistency", async () => {
    const state = humanInCopilotsClothes(null);
    const { check, text } = await evaluate(state);
    expect(check.conclusion).toBe("action_required");
    expect(labelNames(state)).toContain("airlock/agent");
    expect(text).toContain("#### Authored by `copilot` (likely)");
    expect(text).not.toContain("(verified)");
    expect(text).not.toContain("| author-id |");
    expect(text).toContain("| inconsistent-copilot-claim | `agent-trailer, body-marker, branch-prefix on a PR authored by alice (1001, User), not the Copilot agent` | strong |");
    expect(text).toContain(`| agent-trailer | \`${LOGS_URL}\` | medium |`);
  });

  it("is not gated when the config only trusts verified agents, and still shows the signals", async () => {
    const state = humanInCopilotsClothes(`${NO_PLAN_REQUIRED}agents:\n  minimumConfidence: verified\n`);
    const { check, text } = await evaluate(state);
    expect(check.conclusion).toBe("success");
    expect(labelNames(state)).not.toContain("airlock/agent");
    expect(text).toContain("#### Agent signals (likely: not treated as agent-authored)");
    expect(text).toContain("inconsistent-copilot-claim");
  });
});

describe("bots that look like Copilot", () => {
  const LOOKALIKES = [
    { name: "copilot-swe-agent-helper[bot], through a lookalike App", author: ACCOUNT.lookalike, app: { id: 314159, slug: "copilot-swe-agent-helper" } },
    { name: "Copilot with id 175728472 (the code reviewer bot)", author: ACCOUNT.copilotReviewer, app: null },
  ];

  it.each(LOOKALIKES)("$name is not the Copilot agent", async ({ author, app }) => {
    const state = prodDbDeletion({ author, branch: "remove-legacy-db" });
    state.performedViaApp = app;
    const { check, text } = await evaluate(state);
    expect(check.conclusion).toBe("success");
    expect(labelNames(state)).not.toContain("airlock/agent");
    expect(text).not.toMatch(/Authored by|author-id|performed-via-app/);
  });

  it.each(LOOKALIKES)("$name with Copilot's branch and body marker is at most likely, and called inconsistent", async ({ author, app }) => {
    const state = prodDbDeletion({ author, branch: "copilot/remove-legacy-db" });
    state.performedViaApp = app;
    state.pr.body = COPILOT_BODY;
    const { text } = await evaluate(state);
    expect(text).toContain("#### Authored by `copilot` (likely)");
    expect(text).not.toMatch(/\(verified\)|author-id/);
    expect(text).toContain(`on a PR authored by ${author.login} (${author.id}, Bot), not the Copilot agent`);
  });
});
