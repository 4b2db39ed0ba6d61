import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Probot } from "probot";
import { fakeGitHub, HEAD_SHA, reviewEvent, type FakeState } from "../support/fake-github.js";
import { testApp } from "../support/test-app.js";
import { approvedDeletion, pullRequestOpened, retryEvent, ROUTE, send, shown, sleep } from "./scenario.js";

/**
 * The evaluation budget. A healthy evaluation of this PR takes 150–700 ms on a busy test machine, so the
 * budget leaves room for it, and a reply held back for `HELD_MS` is always past it.
 */
const BUDGET_MS = 1_500;
const HELD_MS = BUDGET_MS + 1_500;

describe("a GitHub reply slower than the evaluation budget", () => {
  let probot: Probot;
  let state: FakeState;
  let github: ReturnType<typeof fakeGitHub>;

  beforeAll(async () => {
    // The first evaluation in a process loads the HCL parser; do it once outside the timed tests.
    const warm = approvedDeletion();
    const fake = fakeGitHub(warm);
    await send(await testApp(), "warm-up", { name: "pull_request", payload: pullRequestOpened(warm) });
    fake.stop();
  });

  beforeEach(async () => {
    // Set as an operator would: the app reads the variable when Probot loads it.
    process.env.AIRLOCK_TIMEOUT_MS = String(BUDGET_MS);
    probot = await testApp();
    state = approvedDeletion();
    github = fakeGitHub(state);
  });
  afterEach(() => {
    delete process.env.AIRLOCK_TIMEOUT_MS;
    github.stop();
  });

  it.each([
    ["the files list", ROUTE.files],
    ["the file bodies (GraphQL)", ROUTE.graphql],
  ])("on %s fails the check closed saying it timed out, and a re-run recovers", async (_what, route) => {
    state.faults.set(route, { delayMs: HELD_MS, times: 1 });
    const started = Date.now();
    await send(probot, "slow-delivery", { name: "pull_request", payload: pullRequestOpened(state) });
    expect(Date.now() - started).toBeLessThan(HELD_MS);

    const failed = github.latestCheck();
    expect(failed).toMatchObject({ name: "Airlock", head_sha: HEAD_SHA, conclusion: "failure" });
    expect(shown(failed)).toMatch(/Could not evaluate this pull request, so the gate stays closed\. evaluation timed out/);
    expect(shown(failed)).toContain("delivery slow-delivery");

    await send(probot, "rerun", retryEvent(state, "rerequest"));
    expect(github.latestCheck().conclusion).toBe("success");
    expect(state.checkRuns).toHaveLength(1);
    await sleep(HELD_MS);
  });

  it("an evaluation abandoned at the budget never publishes its stale verdict later", async () => {
    // Round 1 (reviews: carol and dave approve) answers at once; the file bodies are held back.
    state.faults.set(ROUTE.graphql, { delayMs: HELD_MS, times: 1 });
    await send(probot, "slow-delivery", { name: "pull_request", payload: pullRequestOpened(state) });
    expect(github.latestCheck().conclusion).toBe("failure");

    // Dave withdraws: the gate must wait for a second approval again.
    state.reviews[1] = { ...state.reviews[1], state: "DISMISSED" };
    await send(probot, "dismissed", { name: "pull_request_review", payload: { ...reviewEvent(state.pr, state.reviews[1]), action: "dismissed" } });
    expect(github.latestCheck().conclusion).toBe("action_required");

    // When the held reply finally arrives, the abandoned evaluation (which still sees dave's approval) must not publish.
    await sleep(HELD_MS);
    expect(state.checkRuns).toHaveLength(1);
    expect(github.latestCheck().conclusion).toBe("action_required");
  });
});
