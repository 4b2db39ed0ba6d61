import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Probot } from "probot";
import { agentCommit, fakeGitHub, HEAD_SHA, initialState, pullRequestEvent, review, reviewEvent, type FakeState } from "./support/fake-github.js";
import { deliver, testApp } from "./support/test-app.js";

const PROD_DB = `resource "aws_db_instance" "main" {
  identifier          = "prod-main"
  engine              = "postgres"
  instance_class      = "db.r6g.large"
  allocated_storage   = 100
  deletion_protection = true
}

resource "aws_security_group" "db" {
  name   = "db"
  vpc_id = "vpc-0abc"
}
`;

/** A config that needs no CI plan, for the scenarios about approvals alone. */
const NO_PLAN_REQUIRED = "plans:\n  require:\n    tiers: []\n    environmentTiers: []\n";

/** An agent PR that deletes the production database file. */
function deletingProdDb(config: string | null = NO_PLAN_REQUIRED): FakeState {
  return initialState({
    config,
    files: [{ filename: "envs/prod/db.tf", status: "removed", base: PROD_DB, head: null }],
    permissions: { alice: "admin", carol: "write", dave: "write", erin: "read" },
  });
}

function opened(state: FakeState): any {
  return { ...pullRequestEvent("opened"), pull_request: state.pr };
}

describe("a Copilot PR that deletes a production database", () => {
  let probot: Probot;
  let state: FakeState;
  let github: ReturnType<typeof fakeGitHub>;

  beforeEach(async () => {
    probot = await testApp();
    state = deletingProdDb();
    github = fakeGitHub(state);
  });
  afterEach(() => github.stop());

  it("gets Airlock's labels, a sticky comment and an action_required check", async () => {
    await deliver(probot, "pull_request", opened(state));
    const check = github.latestCheck();
    expect(check).toMatchObject({ name: "Airlock", head_sha: HEAD_SHA, conclusion: "action_required" });
    expect(check.output.title).toMatch(/destructive: critical/);
    expect(check.output.summary).toMatch(/aws\\_db\\_instance|aws_db_instance/);
    const labels = state.pr.labels.map((l: any) => l.name);
    expect(labels).toEqual(expect.arrayContaining(["airlock/agent", "airlock/destructive:critical"]));
    expect(labels.some((l: string) => l.startsWith("airlock/blast-radius:"))).toBe(true);
    expect(state.comments).toHaveLength(1);
    expect(state.comments[0]!.body).toContain("<!-- airlock:summary -->");
  });

  it("is not unblocked by the human who launched the agent, nor by a bot", async () => {
    state.reviews = [review("alice", "APPROVED", { id: 1001 }), review("renovate[bot]", "APPROVED", { id: 29139614, type: "Bot" })];
    await deliver(probot, "pull_request_review", reviewEvent(state.pr, state.reviews[0]));
    const check = github.latestCheck();
    expect(check.conclusion).toBe("action_required");
    expect(check.output.summary).toContain("cannot approve its change");
    expect(check.output.summary).toContain("bots do not count");
  });

  it("opens with two eligible approvals on the head commit", async () => {
    state.reviews = [review("carol", "APPROVED"), review("dave", "APPROVED")];
    await deliver(probot, "pull_request_review", reviewEvent(state.pr, state.reviews[1]));
    expect(github.latestCheck().conclusion).toBe("success");
  });

  it("closes again when a new push makes the approvals stale", async () => {
    state.reviews = [review("carol", "APPROVED"), review("dave", "APPROVED")];
    await deliver(probot, "pull_request", opened(state));
    expect(github.latestCheck().conclusion).toBe("success");

    const newHead = "1111111111111111111111111111111111111111";
    state.pr.head.sha = newHead;
    state.commits = [agentCommit(HEAD_SHA), agentCommit(newHead)];
    await deliver(probot, "pull_request", { ...pullRequestEvent("synchronize"), pull_request: state.pr });
    const check = github.latestCheck();
    expect(check.head_sha).toBe(newHead);
    expect(check.conclusion).toBe("action_required");
    expect(check.output.summary).toContain("approved an older commit");
  });

  it("with the default config, also waits for a CI plan because it changes production", async () => {
    const withDefaults = deletingProdDb(null);
    github.stop();
    github = fakeGitHub(withDefaults);
    withDefaults.reviews = [review("carol", "APPROVED"), review("dave", "APPROVED")];
    await deliver(probot, "pull_request", opened(withDefaults));
    const check = github.latestCheck();
    expect(check.conclusion).toBe("action_required");
    expect(check.output.summary).toContain("airlock-plan.yml");
  });

  it("does not duplicate the check run or the comment when a delivery is redelivered", async () => {
    const payload = opened(state);
    await deliver(probot, "pull_request", payload);
    await deliver(probot, "pull_request", payload);
    expect(state.checkRuns).toHaveLength(1);
    expect(state.comments).toHaveLength(1);
  });

  it("fails the check closed when GitHub returns 500, and recovers on the next delivery", async () => {
    state.faults.set("GET /repos/Codertocat/Hello-World/pulls/2/files", { status: 500, body: { message: "Server Error" } });
    await deliver(probot, "pull_request", opened(state));
    const failed = github.latestCheck();
    expect(failed.conclusion).toBe("failure");
    expect(failed.output.summary).toMatch(/Could not evaluate/);
    expect(failed.output.summary).toMatch(/500/);
    expect(JSON.stringify(failed.output)).toMatch(/delivery-\d+/);

    state.faults.clear();
    await deliver(probot, "check_run", { action: "rerequested", check_run: { name: "Airlock", head_sha: HEAD_SHA, pull_requests: [{ number: 2 }] }, repository: opened(state).repository, installation: { id: 1 }, sender: { login: "carol", id: 7, type: "User" } });
    expect(github.latestCheck().conclusion).toBe("action_required");
    expect(state.checkRuns).toHaveLength(1);
  });
});

describe("PRs the gate lets through or refuses", () => {
  let probot: Probot;
  let github: ReturnType<typeof fakeGitHub> | undefined;
  beforeEach(async () => {
    probot = await testApp();
  });
  afterEach(() => github?.stop());

  it("a human's infrastructure PR passes and is not labelled as an agent's", async () => {
    const state = deletingProdDb();
    state.pr.user = { login: "alice", id: 1001, type: "User" };
    state.pr.head.ref = "feature/remove-db";
    state.pr.title = "Remove the legacy database";
    state.pr.body = "Cleanup.";
    state.pr.assignees = [];
    state.commits = [{ ...agentCommit(), author: { login: "alice", id: 1001, type: "User" }, commit: { ...agentCommit().commit, message: "Remove db", author: { name: "Alice", email: "alice@example.com", date: "2026-11-20T10:00:00Z" } } }];
    github = fakeGitHub(state);
    await deliver(probot, "pull_request", opened(state));
    expect(github.latestCheck().conclusion).toBe("success");
    expect(state.pr.labels.map((l: any) => l.name)).not.toContain("airlock/agent");
  });

  it("an agent PR editing a CI workflow is tamper: failure and the tamper label", async () => {
    const state = initialState({
      files: [{ filename: ".github/workflows/deploy.yml", status: "modified", base: "on: push\n", head: "on: push\njobs: {}\n" }],
      config: "tamper:\n  securityTeams: [Codertocat/security]\n",
      teams: { "Codertocat/security": ["sam"] },
    });
    github = fakeGitHub(state);
    await deliver(probot, "pull_request", opened(state));
    const check = github.latestCheck();
    expect(check.conclusion).toBe("failure");
    expect(check.output.summary).toContain("Codertocat/security");
    expect(state.pr.labels.map((l: any) => l.name)).toContain("airlock/tamper");
  });

  it("an invalid config fails the check and names the key path and line", async () => {
    const state = initialState({ files: [{ filename: "envs/prod/db.tf", status: "removed", base: PROD_DB, head: null }], config: "mode: enforce\napprovals:\n  byTier:\n    high: two\n" });
    github = fakeGitHub(state);
    await deliver(probot, "pull_request", opened(state));
    const check = github.latestCheck();
    expect(check.conclusion).toBe("failure");
    const shown = `${check.output.title}\n${check.output.summary}\n${check.output.text}`;
    expect(shown).toContain("approvals.byTier.high");
    expect(shown).toMatch(/airlock\.yml:4/);
  });
});
