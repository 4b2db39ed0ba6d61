import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Probot } from "probot";
import { failingAuditStore, type AuditStore } from "../../src/audit/index.js";
import { agentCommit, fakeGitHub, HEAD_SHA, initialState, pullRequestEvent, review, type FakeState } from "./support/fake-github.js";
import { deliver, tempAuditStore, testApp } from "./support/test-app.js";

const NOW = new Date("2026-11-21T12:00:00Z");
const NO_PLAN = "plans:\n  require:\n    tiers: []\n    environmentTiers: []\n";
const PROD_DB = 'resource "aws_db_instance" "main" {\n  identifier = "prod-main"\n  engine     = "postgres"\n}\n';

function agentPr(config: string): FakeState {
  return initialState({
    config,
    files: [{ filename: "envs/prod/db.tf", status: "removed", base: PROD_DB, head: null }],
    permissions: { carol: "write", dave: "write", sam: "write", alice: "admin" },
    teams: { "Codertocat/sre": ["sam", "alice"] },
  });
}

function comment(state: FakeState, body: string, user = { login: "sam", id: 4242, type: "User" }): any {
  const event = pullRequestEvent("opened");
  return {
    action: "created",
    issue: { number: 2, state: "open", pull_request: { url: "https://api.github.com/repos/Codertocat/Hello-World/pulls/2" }, user: state.pr.user, labels: [] },
    comment: { id: 1, body, user, created_at: NOW.toISOString() },
    repository: event.repository,
    installation: { id: 1 },
    sender: user,
  };
}

const opened = (state: FakeState) => ({ ...pullRequestEvent("opened"), pull_request: state.pr });

describe("governance through Probot", () => {
  let store: AuditStore;
  let probot: Probot;
  let github: ReturnType<typeof fakeGitHub> | undefined;

  beforeEach(async () => {
    store = await tempAuditStore();
    probot = await testApp({ store, now: () => NOW });
  });
  afterEach(() => github?.stop());

  it("records every decision in the audit trail, once per identical decision", async () => {
    const state = agentPr(NO_PLAN);
    github = fakeGitHub(state);
    await deliver(probot, "pull_request", opened(state));
    await deliver(probot, "pull_request", opened(state));
    const records = await store.list({ repository: "Codertocat/Hello-World", pullNumber: 2, kinds: ["evaluation"] });
    expect(records).toHaveLength(1);
    expect(records[0]!.event).toMatchObject({ kind: "evaluation", headSha: HEAD_SHA, agent: { name: "copilot", isAgent: true }, decision: { conclusion: "action_required" } });
    expect((await store.verify()).ok).toBe(true);
  });

  it("keeps the gate closed when the audit trail cannot be written", async () => {
    const down = failingAuditStore(store);
    probot = await testApp({ store: down, now: () => NOW });
    const state = agentPr(NO_PLAN);
    state.reviews = [review("carol", "APPROVED"), review("dave", "APPROVED")];
    github = fakeGitHub(state);
    down.goDown(["append"]);
    await deliver(probot, "pull_request", opened(state));
    const check = github.latestCheck();
    expect(check.conclusion).toBe("failure");
    expect(check.output.summary).toMatch(/audit trail unavailable/);
    down.comeBack();
    await deliver(probot, "pull_request", opened(state));
    expect(github.latestCheck().conclusion).toBe("success");
  });

  it("a break-glass override by an SRE opens the gate for this head SHA only, with the override label", async () => {
    const state = agentPr(`${NO_PLAN}override:\n  teams: [Codertocat/sre]\n`);
    github = fakeGitHub(state);
    await deliver(probot, "pull_request", opened(state));
    expect(github.latestCheck().conclusion).toBe("action_required");

    await deliver(probot, "issue_comment", comment(state, "/airlock override Emergency: restore service after a failed migration"));
    expect(github.latestCheck().conclusion).toBe("success");
    expect(github.latestCheck().output.summary).toContain("break-glass override");
    expect(state.pr.labels.map((l: any) => l.name)).toContain("airlock/override");
    expect(state.comments.some((c) => c.body.includes("Break-glass override by `sam`"))).toBe(true);
    expect(await store.list({ kinds: ["override"] })).toHaveLength(1);

    state.pr.head.sha = "2222222222222222222222222222222222222222";
    await deliver(probot, "pull_request", { ...pullRequestEvent("synchronize"), pull_request: state.pr });
    expect(github.latestCheck()).toMatchObject({ head_sha: "2222222222222222222222222222222222222222", conclusion: "action_required" });
  });

  it("refuses an override from someone outside the override teams, or without a reason", async () => {
    const state = agentPr(`${NO_PLAN}override:\n  teams: [Codertocat/sre]\n`);
    github = fakeGitHub(state);
    await deliver(probot, "issue_comment", comment(state, "/airlock override because I say so", { login: "carol", id: 77, type: "User" }));
    await deliver(probot, "issue_comment", comment(state, "/airlock override"));
    expect(state.comments.filter((c) => c.body.startsWith("Override refused"))).toHaveLength(2);
    expect(await store.list({ kinds: ["override"] })).toHaveLength(0);
  });

  it("records a merge with the base to roll back to and a revert command", async () => {
    const state = agentPr(NO_PLAN);
    github = fakeGitHub(state);
    await deliver(probot, "pull_request", opened(state));
    const merged = { ...state.pr, state: "closed", merged: true, merge_commit_sha: "3333333333333333333333333333333333333333", merged_by: { login: "carol", id: 77, type: "User" }, merged_at: NOW.toISOString() };
    await deliver(probot, "pull_request", { ...pullRequestEvent("closed"), pull_request: merged });
    const [merge] = await store.list({ kinds: ["merge"] });
    expect(merge!.event).toMatchObject({ kind: "merge", mergedBy: "carol", mergeSha: merged.merge_commit_sha, agent: "copilot", environments: ["production"] });
    expect((merge!.event as any).revertCommand).toContain("git revert");
  });

  it("holds an agent PR over the velocity limit and says when it frees up", async () => {
    await store.append({ kind: "merge", at: "2026-11-21T10:00:00Z", repository: "Codertocat/Hello-World", pullNumber: 1, headSha: HEAD_SHA, mergedBy: "carol", mergeSha: HEAD_SHA, baseSha: HEAD_SHA, revertCommand: "git revert x", agent: "copilot", environments: ["production"], destroyed: 0 });
    const state = agentPr(`${NO_PLAN}velocity:\n  window: 24h\n  maxMerges: 1\n`);
    state.reviews = [review("carol", "APPROVED"), review("dave", "APPROVED")];
    github = fakeGitHub(state);
    await deliver(probot, "pull_request", opened(state));
    const check = github.latestCheck();
    expect(check.conclusion).toBe("action_required");
    expect(check.output.summary).toMatch(/velocity limit/);
    expect(check.output.summary).toContain("2026-11-22T10:00:00Z");
  });

  it("holds a PR during an active freeze of its environment", async () => {
    const state = agentPr(`${NO_PLAN}freeze:\n  - name: year-end\n    from: "2026-11-20T00:00:00Z"\n    to: "2026-11-23T00:00:00Z"\n    environments: [production]\n    reason: Year-end change freeze\n`);
    state.reviews = [review("carol", "APPROVED"), review("dave", "APPROVED")];
    github = fakeGitHub(state);
    await deliver(probot, "pull_request", opened(state));
    const check = github.latestCheck();
    expect(check.conclusion).toBe("action_required");
    expect(check.output.summary).toContain("year-end");
  });

  it("lets a low-risk agent change to an autonomous sandbox through without approval, and still records it", async () => {
    const config = `${NO_PLAN}environments:\n  - name: sandbox\n    tier: sandbox\n    paths: ["envs/sandbox/**"]\n    autonomous: { maxTier: low }\n  - name: production\n    tier: production\n    paths: ["envs/prod/**"]\n`;
    const state = initialState({ config, files: [{ filename: "envs/sandbox/queue.tf", status: "added", base: null, head: 'resource "aws_sqs_queue" "jobs" {\n  name = "jobs"\n}\n' }] });
    github = fakeGitHub(state);
    await deliver(probot, "pull_request", opened(state));
    expect(github.latestCheck().conclusion).toBe("success");
    expect(github.latestCheck().output.summary).toContain("autonomous environment sandbox");
    expect(await store.list({ kinds: ["evaluation"] })).toHaveLength(1);

    // The agent pushes a commit that moves the queue to production (files only change with the head commit).
    const pushed = "1111111111111111111111111111111111111111";
    state.files = [{ filename: "envs/prod/queue.tf", status: "added", base: null, head: 'resource "aws_sqs_queue" "jobs" {\n  name = "jobs"\n}\n' }];
    state.pr.head.sha = pushed;
    state.commits = [agentCommit(), agentCommit(pushed)];
    state.pr.commits = 2;
    await deliver(probot, "pull_request", { ...opened(state), action: "synchronize" });
    expect(github.latestCheck().conclusion).toBe("action_required");
  });
});
