import nock from "nock";
import { createRequire } from "node:module";
import type { WebhookDefinition } from "@octokit/webhooks-examples";
import { readFileSync } from "node:fs";

const examples: WebhookDefinition[] = createRequire(import.meta.url)("@octokit/webhooks-examples");

export const OWNER = "Codertocat";
export const REPO = "Hello-World";
export const API = "https://api.github.com";
export const R = `/repos/${OWNER}/${REPO}`;
export const BASE_SHA = "f95f852bd8fca8fcc58a9a2d6c842781e32a215e";
export const HEAD_SHA = "ec26c3e57ca3a959ca5aad62de7213c562f8c821";
export const COPILOT = { login: "Copilot", id: 198982749, type: "Bot" };

/** A changed file of the fake PR with the text of both sides. */
export interface FakeFile {
  filename: string;
  status: "added" | "removed" | "modified" | "renamed";
  previous_filename?: string;
  base?: string | null;
  head?: string | null;
}

/** A write the app made, for assertions. */
export interface Write {
  method: string;
  path: string;
  body: any;
}

/**
 * An injected fault on the routes whose `METHOD /path?query` starts with its key. By default it answers
 * `status` with `body` (a 200 with a malformed body works too); `delayMs` holds the answer back first, and a
 * fault without `status` only delays the normal answer. `times` removes the fault after that many answers.
 */
export interface Fault {
  status?: number;
  body?: any;
  headers?: Record<string, string>;
  /** Match the path without its query string exactly, instead of as a prefix (`pulls/2` but not `pulls/2/files`). */
  exact?: boolean;
  /** Answer this many matching requests, then remove the fault. */
  times?: number;
  /** Hold the answer back this many milliseconds. */
  delayMs?: number;
}

/** How a team lookup fails in GraphQL: a slug that does not exist, a team the app may not read, an unknown organization. */
export type TeamFault = "missing" | "forbidden" | "org-not-found";

/** The state of the fake repository; every field can be changed between deliveries. */
export interface FakeState {
  config: string | null;
  pr: any;
  performedViaApp: { id: number; slug: string } | null;
  files: FakeFile[];
  commits: any[];
  reviews: any[];
  permissions: Record<string, string>;
  teams: Record<string, string[]>;
  checkRuns: { id: number; name: string; head_sha: string; status: string; conclusion: string | null; output: any; app?: any }[];
  comments: { id: number; body: string; user: { login: string; type: string } }[];
  /** Routes (`GET /repos/…/pulls/2/files`) answered with an error status instead. */
  faults: Map<string, Fault>;
  /** Runs of the plan workflow (GitHub's workflow-run objects) and each run's artifacts with their zip bytes. */
  planRuns?: any[];
  runArtifacts?: Record<number, { artifact: any; zip: Uint8Array }[]>;
  /** Teams (`org/slug`) whose member lookup fails in GraphQL, and how. */
  teamFaults?: Record<string, TeamFault>;
  /** The repository's labels by name; adding an unknown label to the PR creates it grey (`ededed`), as GitHub does. */
  repoLabels?: Record<string, { color: string; description: string | null }>;
}

function recorded(name: string): any {
  return JSON.parse(readFileSync(new URL(`../../../fixtures/github/${name}.json`, import.meta.url), "utf8"));
}

/** The recorded `pull_request` webhook example with an installation (Codertocat/Hello-World#2), deep-copied. */
export function pullRequestEvent(action = "opened"): any {
  const definition = examples.find((e) => e.name === "pull_request");
  const example = definition?.examples.find((e: any) => e.action === "opened" && e.installation) as any;
  if (!example) throw new Error("no pull_request.opened example with an installation");
  return { ...structuredClone(example), action };
}

/** The recorded `pull_request_review.submitted` example, re-pointed at the fake PR. */
export function reviewEvent(pr: any, review: any): any {
  const definition = examples.find((e) => e.name === "pull_request_review");
  const example = structuredClone(definition?.examples.find((e: any) => e.action === "submitted")) as any;
  return { ...example, pull_request: structuredClone(pr), review, installation: { id: 1 } };
}

/** A Copilot coding agent PR launched by `alice`, based on the recorded example. */
export function agentPullRequest(): any {
  const pr = pullRequestEvent().pull_request;
  pr.user = { ...pr.user, ...COPILOT };
  pr.head.ref = "copilot/remove-legacy-db";
  pr.head.sha = HEAD_SHA;
  pr.base.sha = BASE_SHA;
  pr.title = "[WIP] Remove the legacy database";
  pr.body = "Thanks for assigning this issue to me.\n\n<!-- START COPILOT CODING AGENT SUFFIX -->";
  pr.assignees = [{ login: "alice", id: 1001, type: "User" }, { ...COPILOT }];
  pr.requested_reviewers = [];
  pr.labels = [];
  pr.state = "open";
  return pr;
}

/** A commit by the Copilot agent co-authored by `alice` (the requester). */
export function agentCommit(sha = HEAD_SHA): any {
  const commit = structuredClone(recorded("pulls-list-commits")[0]);
  commit.sha = sha;
  commit.commit.message = "Remove the legacy database\n\nCo-authored-by: alice <1001+alice@users.noreply.github.com>";
  return commit;
}

/** A review as the REST API lists it. */
export function review(login: string, state: string, opts: { id?: number; type?: string; commit?: string; at?: string } = {}): any {
  return {
    id: Math.floor(Math.random() * 1e9),
    user: { login, id: opts.id ?? 5000 + login.length * 31 + login.charCodeAt(0), type: opts.type ?? "User" },
    state,
    commit_id: opts.commit ?? HEAD_SHA,
    submitted_at: opts.at ?? "2026-11-21T12:00:00Z",
    body: "",
    html_url: `https://github.com/${OWNER}/${REPO}/pull/2#pullrequestreview-1`,
    pull_request_url: `${API}${R}/pulls/2`,
    author_association: "MEMBER",
  };
}

/** `initialState` is an agent PR with no reviews, no config file and no earlier check run. */
export function initialState(overrides: Partial<FakeState> = {}): FakeState {
  return {
    config: null,
    pr: agentPullRequest(),
    performedViaApp: null,
    files: [],
    commits: [agentCommit()],
    reviews: [],
    permissions: {},
    teams: {},
    checkRuns: [],
    comments: [],
    faults: new Map(),
    ...overrides,
  };
}

/**
 * `fakeGitHub` answers the REST and GraphQL calls Airlock makes from a mutable state, and records every
 * write (check runs, labels, comments) and every request (`METHOD /path?query`; GraphQL as `POST /graphql#config`
 * or `POST /graphql#objects`). Interceptors persist, so the same fake serves
 * several deliveries; call `stop()` afterwards.
 */
export function fakeGitHub(state: FakeState): { writes: Write[]; requests: string[]; stop: () => void; latestCheck: () => any } {
  const writes: Write[] = [];
  const requests: string[] = [];
  const scope = nock(API).persist();
  const fault = (method: string, path: string) => {
    for (const [key, f] of state.faults) {
      if (!(f.exact ? `${method} ${path.split("?")[0]}` === key : `${method} ${path}`.startsWith(key))) continue;
      if (f.times !== undefined && --f.times <= 0) state.faults.delete(key);
      return f;
    }
    return undefined;
  };
  const reply = (method: string, uri: string, answer: () => [number, any, Record<string, string>?]) => {
    const f = fault(method, uri);
    const answered = () => (f?.status !== undefined ? [f.status, f.body ?? { message: "Server Error" }, f.headers ?? {}] : answer());
    if (f?.delayMs === undefined) return answered();
    return new Promise((resolve) => setTimeout(() => resolve(answered()), f.delayMs));
  };
  const route = (method: "get" | "post" | "patch" | "delete", path: RegExp, answer: (uri: string, body: any) => [number, any, Record<string, string>?]) => {
    (scope as any)[method](path).query(true).reply(function (this: any, uri: string, body: any) {
      const upper = method.toUpperCase();
      requests.push(`${upper} ${faultPath(uri, body)}`);
      if (upper !== "GET" && !uri.startsWith("/graphql")) writes.push({ method: upper, path: uri.split("?")[0]!, body });
      return reply(upper, faultPath(uri, body), () => answer(uri, body));
    });
  };

  route("post", /^\/graphql$/, (_uri, body) => (isConfigQuery(body) ? answerConfigQuery(state) : [200, answerGraphql(state, body)]));
  route("get", /\/repos\/Codertocat\/Hello-World\/contents\/\.github(%2F|\/)airlock\.yml/, () => (state.config === null ? [404, { message: "Not Found" }] : [200, state.config, { "content-type": "text/plain; charset=utf-8" }]));
  route("get", /\/repos\/Codertocat\/\.github\/contents\//, () => [404, { message: "Not Found" }]);
  route("get", /^\/repos\/Codertocat\/Hello-World\/pulls\/2$/, () => [200, state.pr]);
  route("get", /^\/repos\/Codertocat\/Hello-World\/issues\/2$/, () => [200, { ...recorded("issues-get"), performed_via_github_app: state.performedViaApp }]);
  route("get", /\/pulls\/2\/files/, () => [200, state.files.map(toFileEntry)]);
  route("get", /\/pulls\/2\/commits/, () => [200, state.commits]);
  route("get", /\/pulls\/2\/reviews/, () => [200, state.reviews]);
  route("get", /\/collaborators\/[^/]+\/permission/, (uri) => {
    const login = decodeURIComponent(uri.split("/collaborators/")[1]!.split("/")[0]!);
    const permission = state.permissions[login];
    return permission ? [200, { permission, role_name: permission, user: { login } }] : [404, { message: "Not Found" }];
  });
  route("get", /\/commits\/[0-9a-f]+\/check-runs/, (uri) => {
    const sha = uri.split("/commits/")[1]!.split("/")[0];
    const runs = state.checkRuns.filter((r) => r.head_sha === sha).reverse();
    return [200, { total_count: runs.length, check_runs: runs }];
  });
  route("post", /\/check-runs$/, (_uri, body) => {
    const run = { id: 7000 + state.checkRuns.length, name: body.name, head_sha: body.head_sha, status: body.status, conclusion: body.conclusion ?? null, output: checkOutput(body.output, 0), app: { slug: "airlock-test" } };
    state.checkRuns.push(run);
    return [201, run];
  });
  route("patch", /\/check-runs\/\d+$/, (uri, body) => {
    const id = Number(uri.split("/").pop());
    const run = state.checkRuns.find((r) => r.id === id);
    if (!run) return [404, { message: "Not Found" }];
    Object.assign(run, { status: body.status ?? run.status, conclusion: body.conclusion ?? run.conclusion, output: body.output ? checkOutput(body.output, run.output.annotations_count) : run.output });
    return [200, run];
  });
  const repoLabels = () => (state.repoLabels ??= {});
  route("post", /\/issues\/2\/labels$/, (_uri, body) => {
    for (const name of body.labels as string[]) {
      repoLabels()[name] ??= { color: "ededed", description: null };
      if (!state.pr.labels.some((l: any) => l.name === name)) state.pr.labels.push({ name });
    }
    return [200, state.pr.labels.map((l: any) => ({ name: l.name, ...(repoLabels()[l.name] ?? { color: "ededed", description: null }) }))];
  });
  route("delete", /\/issues\/2\/labels\//, (uri) => {
    const name = decodeURIComponent(uri.split("/labels/")[1]!);
    state.pr.labels = state.pr.labels.filter((l: any) => l.name !== name);
    return [200, state.pr.labels];
  });
  route("patch", /\/repos\/Codertocat\/Hello-World\/labels\//, (uri, body) => {
    const name = decodeURIComponent(uri.split("/labels/")[1]!.split("?")[0]!);
    const label = repoLabels()[name];
    if (!label) return [404, { message: "Not Found" }];
    Object.assign(label, { color: body.color ?? label.color, description: body.description ?? label.description });
    return [200, { name, ...label }];
  });
  route("post", /\/repos\/Codertocat\/Hello-World\/labels$/, (_uri, body) => {
    if (repoLabels()[body.name]) return [422, { message: "Validation Failed", errors: [{ resource: "Label", code: "already_exists", field: "name" }] }];
    repoLabels()[body.name] = { color: body.color ?? "ededed", description: body.description ?? null };
    return [201, { name: body.name, ...repoLabels()[body.name] }];
  });
  route("get", /\/issues\/2\/comments/, () => [200, state.comments.map((c) => ({ ...c, performed_via_github_app: null }))]);
  route("post", /\/issues\/2\/comments$/, (_uri, body) => {
    const comment = { id: 9000 + state.comments.length, body: body.body, user: { login: "airlock-test[bot]", type: "Bot" } };
    state.comments.push(comment);
    return [201, comment];
  });
  route("patch", /\/issues\/comments\/\d+$/, (uri, body) => {
    const comment = state.comments.find((c) => c.id === Number(uri.split("/").pop()));
    if (!comment) return [404, { message: "Not Found" }];
    comment.body = body.body;
    return [200, comment];
  });
  route("get", /\/commits\/[0-9a-f]+\/pulls/, () => [200, [state.pr]]);
  route("get", /\/actions\/workflows\/[^/]+\/runs/, () => [200, { total_count: (state.planRuns ?? []).length, workflow_runs: state.planRuns ?? [] }]);
  route("get", /\/actions\/runs\/\d+$/, (uri) => {
    const run = (state.planRuns ?? []).find((r) => r.id === Number(uri.split("?")[0]!.split("/").pop()));
    return run ? [200, run] : [404, { message: "Not Found" }];
  });
  route("get", /\/actions\/runs\/\d+\/artifacts/, (uri) => {
    const list = state.runArtifacts?.[Number(uri.split("/runs/")[1]!.split("/")[0])] ?? [];
    return [200, { total_count: list.length, artifacts: list.map((a) => a.artifact) }];
  });
  route("get", /\/actions\/artifacts\/\d+\/zip/, (uri) => {
    const id = Number(uri.split("/artifacts/")[1]!.split("/")[0]);
    const found = Object.values(state.runArtifacts ?? {}).flat().find((a) => a.artifact.id === id);
    return found ? [200, Buffer.from(found.zip), { "content-type": "application/zip" }] : [404, { message: "Not Found" }];
  });
  return { writes, requests, stop: () => scope.persist(false) && nock.cleanAll(), latestCheck: () => state.checkRuns.at(-1) };
}

/**
 * The key faults match a request on: `METHOD /path`, and for GraphQL which query it is — `POST /graphql#config`
 * (the config files) or `POST /graphql#objects` (file bodies, team members, CODEOWNERS).
 */
function faultPath(uri: string, body: any): string {
  if (!uri.startsWith("/graphql")) return uri;
  return `${uri}#${isConfigQuery(body) ? "config" : "objects"}`;
}

function isConfigQuery(body: any): boolean {
  return typeof body?.variables?.expression === "string";
}

/** The config files query: the repository's `.github/airlock.yml` from `state.config`; the owner has no `.github` repository. */
function answerConfigQuery(state: FakeState): [number, any] {
  const config = state.config === null ? null : { __typename: "Blob", text: state.config, byteSize: Buffer.byteLength(state.config), isBinary: false, isTruncated: false };
  return [200, { data: { repository: { config }, org: null }, errors: [{ type: "NOT_FOUND", path: ["org"], message: "Could not resolve to a Repository with the name 'Codertocat/.github'." }] }];
}

/** A check run's output as GitHub returns it: the written fields plus the annotation count. */
function checkOutput(output: any, earlier: number): any {
  return { title: output?.title ?? null, summary: output?.summary ?? null, text: output?.text ?? null, annotations_count: earlier + (output?.annotations?.length ?? 0), annotations_url: `${API}${R}/check-runs/1/annotations` };
}

function toFileEntry(file: FakeFile): any {
  return {
    sha: "bbcd538c8e72b8c175046e27cc8f907076331401",
    filename: file.filename,
    status: file.status,
    additions: 10,
    deletions: 2,
    changes: 12,
    blob_url: `https://github.com/${OWNER}/${REPO}/blob/${HEAD_SHA}/${file.filename}`,
    raw_url: `https://github.com/${OWNER}/${REPO}/raw/${HEAD_SHA}/${file.filename}`,
    contents_url: `${API}${R}/contents/${file.filename}?ref=${HEAD_SHA}`,
    patch: "@@ -1 +1 @@",
    ...(file.previous_filename ? { previous_filename: file.previous_filename } : {}),
  };
}

function answerGraphql(state: FakeState, body: { query: string; variables: Record<string, string> }): any {
  const repository: Record<string, unknown> = {};
  const data: Record<string, unknown> = {};
  const errors: { type: string; message: string; path: string[] }[] = [];
  for (const [name, value] of Object.entries(body.variables ?? {})) {
    if (/^[bhc]\d+$/.test(name)) repository[name] = blobFor(state, value);
    const team = /^(t\d+)s$/.exec(name);
    if (team?.[1]) {
      const org = body.variables[`${team[1]}o`];
      const logins = state.teams[`${org}/${value}`] ?? [];
      data[team[1]] = { team: { members: { nodes: logins.map((login) => ({ login })), pageInfo: { hasNextPage: false, endCursor: null } } } };
      const teamFault = state.teamFaults?.[`${org}/${value}`];
      if (teamFault === "missing") data[team[1]] = { team: null };
      if (teamFault === "forbidden") {
        data[team[1]] = { team: null };
        errors.push({ type: "FORBIDDEN", message: "Resource not accessible by integration", path: [team[1], "team"] });
      }
      if (teamFault === "org-not-found") {
        data[team[1]] = null;
        errors.push({ type: "NOT_FOUND", message: `Could not resolve to an Organization with the login of '${org}'.`, path: [team[1]] });
      }
    }
  }
  data.repository = repository;
  return errors.length > 0 ? { data, errors } : { data };
}

function blobFor(state: FakeState, expression: string): unknown {
  const [sha, ...rest] = expression.split(":");
  const path = rest.join(":");
  const file = state.files.find((f) => f.filename === path || f.previous_filename === path);
  const text = sha === BASE_SHA ? file?.base : file?.head;
  if (text === null || text === undefined) return null;
  return { __typename: "Blob", text, byteSize: Buffer.byteLength(text), isBinary: false, isTruncated: false };
}
