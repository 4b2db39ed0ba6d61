import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Probot } from "probot";
import { agentCommit, fakeGitHub, HEAD_SHA, initialState, pullRequestEvent, review, reviewEvent, type FakeState } from "./support/fake-github.js";
import { deliver, settle, tempAuditStore, testApp } from "./support/test-app.js";

const R = "/repos/Codertocat/Hello-World";
const PUSHED = "2222222222222222222222222222222222222222";
const NO_PLAN_REQUIRED = "plans:\n  require:\n    tiers: []\n    environmentTiers: []\n";
const DB = `resource "aws_db_instance" "main" {\n  identifier          = "prod-main"\n  engine              = "postgres"\n  deletion_protection = true\n}\n`;
const QUEUE = `resource "aws_sqs_queue" "jobs" {\n  name = "jobs"\n}\n`;

/** An agent PR that adds a queue in production (no destruction), with approvers available. */
function addingQueue(): FakeState {
  const state = initialState({ config: NO_PLAN_REQUIRED, files: [{ filename: "envs/prod/queue.tf", status: "added", base: null, head: QUEUE }], permissions: { carol: "write", dave: "write" } });
  state.pr.updated_at = "2026-11-21T10:00:00Z";
  return state;
}

/** A `pull_request` webhook carrying a snapshot of the PR as it is now (webhooks are bytes, not live objects). */
function event(state: FakeState, action: string, extra: Record<string, unknown> = {}): any {
  return { ...pullRequestEvent(action), pull_request: structuredClone(state.pr), ...extra };
}

/** The agent pushes a commit that deletes the production database instead; GitHub bumps `updated_at`. */
function pushDeletion(state: FakeState): void {
  state.files = [{ filename: "envs/prod/db.tf", status: "removed", base: DB, head: null }];
  state.pr.head.sha = PUSHED;
  state.pr.commits = 2;
  state.pr.updated_at = "2026-11-21T11:00:00Z";
  state.commits = [agentCommit(HEAD_SHA), agentCommit(PUSHED)];
}

const labelsOf = (state: FakeState) => state.pr.labels.map((l: any) => l.name).sort();
const isPullGet = (r: string) => r === `GET ${R}/pulls/2`;

describe("API requests of an evaluation", () => {
  let probot: Probot;
  let state: FakeState;
  let github: ReturnType<typeof fakeGitHub>;

  beforeEach(async () => {
    probot = await testApp();
    state = addingQueue();
    github = fakeGitHub(state);
  });
  afterEach(() => github.stop());

  it("on pull_request.opened, reads the PR from the payload and writes the check and the comment without looking them up", async () => {
    await deliver(probot, "pull_request", event(state, "opened"));
    expect(github.latestCheck()).toMatchObject({ head_sha: HEAD_SHA, conclusion: "action_required" });
    expect(state.comments).toHaveLength(1);
    expect(github.requests.filter(isPullGet)).toEqual([]);
    expect(github.requests.filter((r) => r.includes("/check-runs?") || r.startsWith(`GET ${R}/issues/2/comments`))).toEqual([]);
    expect(github.requests.filter((r) => r.startsWith(`GET ${R}/pulls/2/commits`))).toHaveLength(1);
  });

  it("does not re-evaluate for a label no rule reads, but does for an agent label and before any check exists", async () => {
    const carol = { login: "carol", id: 7, type: "User" };
    const labelled = (name: string) => {
      state.pr.labels.push({ name, color: "0e8a16", description: null });
      state.pr.updated_at = new Date(Date.parse(state.pr.updated_at) + 60_000).toISOString();
      return event(state, "labeled", { label: { name }, sender: carol });
    };
    // No check on this head yet: even an unread label gets the first evaluation.
    await deliver(probot, "pull_request", labelled("needs-triage"));
    expect(github.writes.filter((w) => w.path.endsWith("/check-runs"))).toHaveLength(1);

    const before = github.requests.length;
    await deliver(probot, "pull_request", labelled("team:payments"));
    expect(github.requests.slice(before)).toEqual(["POST /graphql#config"]);

    // `codex` is an agent fingerprint: the evidence changes, so the PR is evaluated again.
    const beforeAgentLabel = github.requests.length;
    await deliver(probot, "pull_request", labelled("codex"));
    expect(github.requests.slice(beforeAgentLabel)).toContain(`GET ${R}/pulls/2/reviews?per_page=100&page=1`);
  });

  it("re-evaluates for a label the config's own agent registry fingerprints", async () => {
    state.config = `${NO_PLAN_REQUIRED}agents:\n  registry:\n    - name: inhouse-bot\n      labels: [ai-generated]\n`;
    await deliver(probot, "pull_request", event(state, "opened"));
    const before = github.requests.length;
    state.pr.labels.push({ name: "AI-Generated", color: "0e8a16", description: null });
    state.pr.updated_at = "2026-11-21T10:30:00Z";
    await deliver(probot, "pull_request", event(state, "labeled", { label: { name: "AI-Generated" }, sender: { login: "carol", id: 7, type: "User" } }));
    expect(github.requests.slice(before)).toContain(`GET ${R}/pulls/2/reviews?per_page=100&page=1`);
  });

  it("on a redelivery, writes only the check run: same labels, same comment", async () => {
    const opened = event(state, "opened");
    await deliver(probot, "pull_request", structuredClone(opened));
    const before = github.writes.length;
    await deliver(probot, "pull_request", structuredClone(opened));
    expect(github.writes.slice(before).map((w) => `${w.method} ${w.path}`)).toEqual([`PATCH ${R}/check-runs/7000`]);
    expect(state.checkRuns).toHaveLength(1);
    expect(state.comments).toHaveLength(1);
  });

  it("keeps the check true to the verdict when the memory of it cannot be written", async () => {
    const store = await tempAuditStore();
    let failing = false;
    const setState = store.setState.bind(store);
    store.setState = async (key, value) => (failing && key.startsWith("check:") ? Promise.reject(new Error("disk full")) : setState(key, value));
    const app = await testApp({ store });
    state.reviews = [review("carol", "APPROVED")];
    await deliver(app, "pull_request", event(state, "opened"));
    expect(github.latestCheck().conclusion).toBe("success");

    failing = true;
    state.reviews = [review("carol", "CHANGES_REQUESTED", { at: "2026-11-21T12:30:00Z" })];
    await deliver(app, "pull_request_review", reviewEvent(state.pr, state.reviews[0]));
    expect(github.latestCheck().conclusion).toBe("action_required");

    failing = false;
    state.reviews = [review("carol", "APPROVED", { at: "2026-11-21T13:00:00Z" })];
    await deliver(app, "pull_request_review", reviewEvent(state.pr, state.reviews[0]));
    expect(github.latestCheck().conclusion).toBe("success");
    state.reviews = [review("carol", "CHANGES_REQUESTED", { at: "2026-11-21T13:30:00Z" })];
    await deliver(app, "pull_request_review", reviewEvent(state.pr, state.reviews[0]));
    expect(github.latestCheck().conclusion).toBe("action_required");
    expect(state.checkRuns).toHaveLength(1);
  });

  it("updates the remembered check run, and creates it again when it was deleted", async () => {
    await deliver(probot, "pull_request", event(state, "opened"));
    state.reviews = [review("carol", "APPROVED")];
    await deliver(probot, "pull_request_review", reviewEvent(state.pr, state.reviews[0]));
    expect(github.writes.filter((w) => w.method === "PATCH" && w.path.includes("/check-runs/"))).toHaveLength(1);
    expect(state.checkRuns).toHaveLength(1);

    state.checkRuns.length = 0;
    state.reviews.push(review("dave", "APPROVED"));
    await deliver(probot, "pull_request_review", reviewEvent(state.pr, state.reviews[1]));
    expect(state.checkRuns).toHaveLength(1);
    expect(github.latestCheck()).toMatchObject({ head_sha: HEAD_SHA, conclusion: "success" });
  });

  it("reads the PR from the API when the payload's head is no longer the PR's head", async () => {
    const stale = event(state, "edited");
    pushDeletion(state);
    await deliver(probot, "pull_request", stale);
    expect(github.requests.filter(isPullGet)).toHaveLength(1);
    expect(github.latestCheck()).toMatchObject({ head_sha: PUSHED });
    expect(github.latestCheck().output.title).toMatch(/destructive: critical/);
  });

  it("reads the PR from the API when a payload arrives after a newer one (out of order)", async () => {
    const older = event(state, "opened");
    state.pr.title = "Remove the legacy database (edited)";
    state.pr.updated_at = "2026-11-21T10:30:00Z";
    await deliver(probot, "pull_request", event(state, "edited"));
    expect(github.requests.filter(isPullGet)).toHaveLength(0);
    await deliver(probot, "pull_request", older);
    expect(github.requests.filter(isPullGet)).toHaveLength(1);
  });

  it("keeps labels right when a payload's labels predate Airlock's own label writes, and after out-of-order deliveries", async () => {
    const opened = event(state, "opened");
    await deliver(probot, "pull_request", structuredClone(opened));
    expect(labelsOf(state)).toEqual(["airlock/agent", "airlock/blast-radius:low", "airlock/destructive:none"]);

    // The synchronize payload was captured before Airlock labelled the PR: it shows no Airlock label.
    pushDeletion(state);
    const pushed = event(state, "synchronize");
    pushed.pull_request.labels = [];
    await deliver(probot, "pull_request", pushed);
    expect(github.requests.filter(isPullGet)).toHaveLength(0);
    const afterPush = labelsOf(state);
    expect(afterPush.filter((l: string) => l.startsWith("airlock/destructive:"))).toEqual(["airlock/destructive:critical"]);
    expect(afterPush.filter((l: string) => l.startsWith("airlock/blast-radius:"))).toHaveLength(1);
    expect(afterPush).not.toContain("airlock/blast-radius:low");

    // The opened webhook arrives once more, late: it is older than what was evaluated, so the PR is read.
    await deliver(probot, "pull_request", structuredClone(opened));
    expect(github.requests.filter(isPullGet)).toHaveLength(1);
    expect(github.latestCheck()).toMatchObject({ head_sha: PUSHED });
    expect(labelsOf(state)).toEqual(afterPush);
  });

  it("puts back an Airlock label a human removed, reading the labels from the API", async () => {
    await deliver(probot, "pull_request", event(state, "opened"));
    state.pr.labels = state.pr.labels.filter((l: any) => l.name !== "airlock/agent");
    state.pr.updated_at = "2026-11-21T10:40:00Z";
    await deliver(probot, "pull_request", event(state, "unlabeled", { label: { name: "airlock/agent" }, sender: { login: "carol", id: 7, type: "User" } }));
    expect(github.requests.filter(isPullGet)).toHaveLength(1);
    expect(labelsOf(state)).toContain("airlock/agent");
  });

  it("on a review of an unchanged head, refetches reviews and permissions but not the files, commits, bodies or issue", async () => {
    await deliver(probot, "pull_request", event(state, "opened"));
    const before = github.requests.length;
    state.reviews = [review("carol", "APPROVED")];
    await deliver(probot, "pull_request_review", reviewEvent(state.pr, state.reviews[0]));
    state.reviews.push(review("dave", "APPROVED"));
    await deliver(probot, "pull_request_review", reviewEvent(state.pr, state.reviews[1]));
    const after = github.requests.slice(before);
    expect(after.filter((r) => r.startsWith(`GET ${R}/pulls/2/reviews`))).toHaveLength(2);
    expect(after.filter((r) => r.includes("/collaborators/"))).toHaveLength(3);
    expect(after.filter((r) => /pulls\/2\/(files|commits)|POST \/graphql#objects|issues\/2$/.test(r))).toEqual([]);
    expect(github.latestCheck().conclusion).toBe("success");
  });

  it("does not use cached files or bodies across different head SHAs", async () => {
    await deliver(probot, "pull_request", event(state, "opened"));
    expect(github.latestCheck().output.title).toMatch(/destructive: none/);
    pushDeletion(state);
    const before = github.requests.length;
    state.reviews = [review("carol", "APPROVED", { commit: PUSHED })];
    await deliver(probot, "pull_request_review", reviewEvent(state.pr, state.reviews[0]));
    const after = github.requests.slice(before);
    expect(after.filter((r) => /pulls\/2\/(files|commits)|POST \/graphql#objects/.test(r))).toHaveLength(3);
    expect(github.latestCheck()).toMatchObject({ head_sha: PUSHED });
    expect(github.latestCheck().output.title).toMatch(/destructive: critical/);
  });

  it("lists the comments on events other than opened, where a sticky comment may exist", async () => {
    state.comments.push({ id: 4242, body: "<!-- airlock:summary -->\nold", user: { login: "airlock-test[bot]", type: "Bot" } });
    await deliver(probot, "pull_request", event(state, "reopened"));
    expect(github.requests.filter((r) => r.startsWith(`GET ${R}/issues/2/comments`))).toHaveLength(1);
    expect(state.comments).toHaveLength(1);
    expect(state.comments[0]!.body).not.toContain("old");
  });
});

describe("label provisioning at installation", () => {
  let probot: Probot;
  let state: FakeState;
  let github: ReturnType<typeof fakeGitHub>;

  beforeEach(async () => {
    probot = await testApp();
    state = addingQueue();
    github = fakeGitHub(state);
  });
  afterEach(() => github.stop());

  const installation = (action: string, key: "repositories" | "repositories_added") => {
    const { repository, sender } = pullRequestEvent();
    return { action, installation: { id: 1 }, [key]: [{ id: repository.id, name: repository.name, full_name: repository.full_name, private: false }], sender };
  };

  it("creates Airlock's labels styled on installation.created, so the first evaluation styles nothing", async () => {
    await deliver(probot, "installation", installation("created", "repositories"));
    expect(state.repoLabels?.["airlock/agent"]).toEqual({ color: "5319e7", description: "Authored by an AI coding agent, as detected by Airlock" });
    expect(state.repoLabels?.["airlock/destructive:critical"]?.color).toBe("b60205");
    expect(Object.keys(state.repoLabels ?? {})).toHaveLength(14);
    const before = github.requests.length;
    await deliver(probot, "pull_request", event(state, "opened"));
    expect(github.requests.slice(before).filter((r) => r.startsWith(`PATCH ${R}/labels/`))).toEqual([]);
    expect(labelsOf(state)).toEqual(["airlock/agent", "airlock/blast-radius:low", "airlock/destructive:none"]);
  });

  it("creates the labels the repository's own config names, and none when its labels are off", async () => {
    state.config = ["labels:", "  namespace: gate/", "  agent: gate/agent", "  blastRadiusPrefix: \"gate/blast:\"", "  destructivePrefix: \"gate/destructive:\"", "  tamper: gate/tamper", "  override: gate/override", "  wouldBlock: gate/would-block", ""].join("\n");
    await deliver(probot, "installation", installation("created", "repositories"));
    const names = Object.keys(state.repoLabels ?? {});
    expect(names).toContain("gate/agent");
    expect(names.some((n) => n.startsWith("airlock/"))).toBe(false);
    state.repoLabels = {};
    state.config = "labels:\n  enabled: false\n";
    await deliver(probot, "installation_repositories", installation("added", "repositories_added"));
    expect(state.repoLabels).toEqual({});
  });

  it("leaves an existing label's own style alone on installation_repositories.added", async () => {
    state.repoLabels = { "airlock/agent": { color: "000000", description: "ours" } };
    await deliver(probot, "installation_repositories", installation("added", "repositories_added"));
    expect(state.repoLabels["airlock/agent"]).toEqual({ color: "000000", description: "ours" });
    expect(state.repoLabels["airlock/tamper"]?.color).toBe("b60205");
  });

  it("styles labels lazily, once, in a repository never provisioned", async () => {
    await deliver(probot, "pull_request", event(state, "opened"));
    expect(github.writes.filter((w) => w.method === "PATCH" && w.path.startsWith(`${R}/labels/`))).toHaveLength(3);
    expect(state.repoLabels?.["airlock/agent"]?.color).toBe("5319e7");
  });

  it("answers the installation delivery first and creates the labels after", async () => {
    state.faults.set(`POST ${R}/labels`, { delayMs: 50 });
    await probot.receive({ id: "install-1", name: "installation", payload: installation("created", "repositories") as any });
    expect(Object.keys(state.repoLabels ?? {})).toEqual([]);
    await settle(probot);
    expect(Object.keys(state.repoLabels ?? {})).toHaveLength(14);
  });

  it("never lets a provisioning failure escape the delivery", async () => {
    state.faults.set(`POST ${R}/labels`, { status: 500 });
    await expect(deliver(probot, "installation", installation("created", "repositories"))).resolves.toBeUndefined();
  });
});

