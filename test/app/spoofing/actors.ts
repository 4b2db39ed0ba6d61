import { agentCommit, HEAD_SHA, initialState, pullRequestEvent, type FakeState } from "../support/fake-github.js";

/** GitHub accounts the spoofing scenarios use (ids as GitHub asserts them). */
export const ACCOUNT = {
  copilotAgent: { login: "Copilot", id: 198982749, type: "Bot" },
  copilotReviewer: { login: "Copilot", id: 175728472, type: "Bot" },
  lookalike: { login: "copilot-swe-agent-helper[bot]", id: 271828182, type: "Bot" },
  claudeBot: { login: "claude[bot]", id: 209825114, type: "Bot" },
  claudeHuman: { login: "claude", id: 81847, type: "User" },
  alice: { login: "alice", id: 1001, type: "User" },
  carol: { login: "carol", id: 7, type: "User" },
  dave: { login: "dave", id: 8, type: "User" },
} as const;

type Account = { login: string; id: number; type: string };

/** What a commit says about itself: git identities (claims) and the accounts GitHub linked them to. */
export interface CommitClaims {
  sha?: string;
  message: string;
  author: { name: string; email: string };
  committer?: { name: string; email: string };
  linkedAuthor?: Account | null;
  linkedCommitter?: Account | null;
}

/** `commit` is a pulls.listCommits entry built from the recorded one, with the given identities and message. */
export function commit(claims: CommitClaims): any {
  const entry = agentCommit(claims.sha ?? HEAD_SHA);
  const committer = claims.committer ?? claims.author;
  entry.commit.message = claims.message;
  entry.commit.author = { ...claims.author, date: "2026-11-20T10:00:00Z" };
  entry.commit.committer = { ...committer, date: "2026-11-20T10:00:00Z" };
  entry.author = claims.linkedAuthor === undefined ? null : claims.linkedAuthor;
  entry.committer = claims.linkedCommitter === undefined ? null : claims.linkedCommitter;
  return entry;
}

export const PROD_DB = `resource "aws_db_instance" "main" {
  identifier          = "prod-main"
  engine              = "postgres"
  deletion_protection = true
}
`;

/** A config that needs no CI plan, so approvals alone decide. */
export const NO_PLAN_REQUIRED = "plans:\n  require:\n    tiers: []\n    environmentTiers: []\n";

/**
 * `prodDbDeletion` is a PR deleting the production database, authored by `author` from `branch`, with a
 * neutral title and body and one neutral human commit: each scenario adds exactly the claims it tests.
 */
export function prodDbDeletion(params: { author: Account; branch: string; config?: string | null }): FakeState {
  const state = initialState({
    config: params.config === undefined ? NO_PLAN_REQUIRED : params.config,
    files: [{ filename: "envs/prod/db.tf", status: "removed", base: PROD_DB, head: null }],
    permissions: { alice: "admin", carol: "write", dave: "write", claude: "write" },
  });
  state.pr.user = { ...state.pr.user, ...params.author };
  state.pr.head.ref = params.branch;
  state.pr.title = "Remove the legacy database";
  state.pr.body = "The legacy database is no longer used.";
  state.pr.assignees = [];
  state.commits = [commit({ message: "Remove the legacy database", author: { name: "Alice", email: "alice@example.com" }, linkedAuthor: ACCOUNT.alice, linkedCommitter: ACCOUNT.alice })];
  return state;
}

/** `opened` is the `pull_request.opened` delivery for the fake PR as it is now. */
export function opened(state: FakeState): any {
  return { ...pullRequestEvent("opened"), pull_request: structuredClone(state.pr) };
}

/** `labelNames` lists the PR's labels by name. */
export function labelNames(state: FakeState): string[] {
  return state.pr.labels.map((l: { name: string }) => l.name);
}

/** `checkText` is everything the check run shows: title, summary and text. */
export function checkText(check: any): string {
  return [check?.output?.title, check?.output?.summary, check?.output?.text].filter(Boolean).join("\n");
}
