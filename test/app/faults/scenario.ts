import type { Probot } from "probot";
import { afterEach, beforeEach } from "vitest";
import { fakeGitHub, initialState, pullRequestEvent, review, type FakeState } from "../support/fake-github.js";
import { testApp } from "../support/test-app.js";

/** Routes of the fake repository, as fault keys (`METHOD /path` prefixes). */
export const ROUTE = {
  pull: "GET /repos/Codertocat/Hello-World/pulls/2",
  files: "GET /repos/Codertocat/Hello-World/pulls/2/files",
  commits: "GET /repos/Codertocat/Hello-World/pulls/2/commits",
  reviews: "GET /repos/Codertocat/Hello-World/pulls/2/reviews",
  permission: "GET /repos/Codertocat/Hello-World/collaborators/",
  config: "POST /graphql#config",
  graphql: "POST /graphql#objects",
  checkCreate: "POST /repos/Codertocat/Hello-World/check-runs",
} as const;

const PROD_DB = `resource "aws_db_instance" "main" {
  identifier          = "prod-main"
  engine              = "postgres"
  deletion_protection = true
}
`;

/** A config that needs no CI plan, so two approvals are all the gate asks for. */
export const NO_PLAN_REQUIRED = "plans:\n  require:\n    tiers: []\n    environmentTiers: []\n";

/**
 * `approvedDeletion` is a Copilot PR deleting the production database with two eligible approvals on the
 * head commit: with GitHub healthy the right answer is `success`, so a fault that leaked through as an
 * answer would show up as success, and recovery has something to recover to.
 */
export function approvedDeletion(config: string = NO_PLAN_REQUIRED): FakeState {
  const state = initialState({
    config,
    files: [{ filename: "envs/prod/db.tf", status: "removed", base: PROD_DB, head: null }],
    permissions: { alice: "admin", carol: "write", dave: "write" },
  });
  state.reviews = [review("carol", "APPROVED", { id: 7 }), review("dave", "APPROVED", { id: 8 })];
  return state;
}

/** The ways a user or GitHub asks Airlock to evaluate a PR again. */
/** What each test of a fault scenario works with: the app, the fake repository's state, and the fake GitHub. */
export interface Scenario {
  probot: Probot;
  state: FakeState;
  github: ReturnType<typeof fakeGitHub>;
}

/**
 * `useScenario` gives every test of the enclosing `describe` a fresh app and a fake GitHub serving
 * `makeState()` (by default `approvedDeletion()`), and stops the fake after each test. Read the fields inside tests.
 */
export function useScenario(makeState: () => FakeState = () => approvedDeletion()): Scenario {
  const scenario = {} as Scenario;
  beforeEach(async () => {
    scenario.probot = await testApp();
    scenario.state = makeState();
    scenario.github = fakeGitHub(scenario.state);
  });
  afterEach(() => scenario.github.stop());
  return scenario;
}

export type Retry = "redelivery" | "rerequest" | "recheck";

/** `pullRequestOpened` is the `pull_request.opened` delivery for the fake PR as it is now. */
export function pullRequestOpened(state: FakeState): any {
  return { ...pullRequestEvent("opened"), pull_request: structuredClone(state.pr) };
}

/** `retryEvent` is the delivery a retry sends: the same `opened` payload again, a re-run of the check, or a `/airlock recheck` comment. */
export function retryEvent(state: FakeState, retry: Retry): { name: string; payload: any } {
  const { repository } = pullRequestEvent();
  const sender = { login: "carol", id: 7, type: "User" };
  if (retry === "redelivery") return { name: "pull_request", payload: pullRequestOpened(state) };
  if (retry === "rerequest") {
    return { name: "check_run", payload: { action: "rerequested", check_run: { name: "Airlock", head_sha: state.pr.head.sha, pull_requests: [{ number: 2 }] }, repository, installation: { id: 1 }, sender } };
  }
  const issue = { number: 2, state: "open", title: state.pr.title, pull_request: { url: state.pr.url } };
  return { name: "issue_comment", payload: { action: "created", issue, comment: { id: 1, body: "/airlock recheck", user: sender }, repository, installation: { id: 1 }, sender } };
}

/** `send` delivers one webhook under a known delivery id and waits for Airlock's handlers. */
export async function send(probot: Probot, id: string, event: { name: string; payload: any }): Promise<void> {
  await probot.receive({ id, name: event.name as any, payload: event.payload });
}

/**
 * `shown` is everything a check run displays (title, summary, text) with Airlock's markdown escapes undone,
 * so assertions read like the rendered page: `pull\_number` is `pull_number`, `&lt;` is `<`.
 */
export function shown(check: any): string {
  const raw = [check?.output?.title, check?.output?.summary, check?.output?.text].filter(Boolean).join("\n");
  return raw
    .replace(/\\([\\`*_[\]<>|~#&=+.)-])/g, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#124;/g, "|")
    .replace(/&#35;/g, "#")
    .replace(/&#58;/g, ":")
    .replace(/&#46;/g, ".")
    .replace(/&amp;/g, "&");
}

/** `sleep` waits `ms` milliseconds (for replies held back past the evaluation budget). */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
