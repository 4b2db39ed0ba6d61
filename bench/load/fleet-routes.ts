/**
 * The GitHub REST and GraphQL routes a fleet of fake PRs answers (the ones Airlock and a minimal app call),
 * routed on the PR number. Handlers read and write a FleetState; anything else gets a 404 and is reported.
 */
import { OWNER, REPO } from "../../test/app/support/fake-github.js";
import { mustPull, type FleetComment, type FleetState } from "./fleet-state.js";
import { addLabels, answerGraphql, createCheckRun, updateCheckRun } from "./fleet-writes.js";

/** A route's answer: status, JSON body and optional headers. */
export type Answer = [number, unknown, Record<string, string>?];

/** One route: method, path pattern (captures are passed on) and handler. */
interface Route {
  method: string;
  path: RegExp;
  answer: (state: FleetState, match: RegExpExecArray, body: any, query: URLSearchParams) => Answer;
}

const REPO_PATH = `/repos/${OWNER}/${REPO}`;
const notFound: Answer = [404, { message: "Not Found" }];

function route(method: string, path: string, answer: Route["answer"]): Route {
  return { method, path: new RegExp(`^${path}$`), answer };
}

const ROUTES: Route[] = [
  route("GET", `/repos/${OWNER}/[^/]+/contents/.*`, () => notFound),
  route("GET", `${REPO_PATH}/pulls/(\\d+)`, (s, m) => [200, mustPull(s, Number(m[1])).pr]),
  route("GET", `${REPO_PATH}/issues/(\\d+)`, (s, m) => [200, { number: mustPull(s, Number(m[1])).number, performed_via_github_app: null }]),
  route("GET", `${REPO_PATH}/pulls/(\\d+)/files`, (s, m) => [200, mustPull(s, Number(m[1])).files.map(toFileEntry)]),
  route("GET", `${REPO_PATH}/pulls/(\\d+)/commits`, (s, m) => [200, mustPull(s, Number(m[1])).commits]),
  route("GET", `${REPO_PATH}/pulls/(\\d+)/reviews`, (s, m) => [200, [...mustPull(s, Number(m[1])).reviews.values()]]),
  route("GET", `${REPO_PATH}/collaborators/([^/]+)/permission`, (s, m) => {
    const login = decodeURIComponent(m[1]!);
    return s.writers.has(login) ? [200, { permission: "write", role_name: "write", user: { login } }] : notFound;
  }),
  route("POST", "/graphql", (s, _m, body) => [200, answerGraphql(s, body)]),
  route("GET", `${REPO_PATH}/commits/([0-9a-f]+)/check-runs`, (s, m, _b, q) => {
    const runs = (s.checkRunsBySha.get(m[1]!) ?? []).filter((r) => !q.get("check_name") || r.name === q.get("check_name")).reverse();
    return [200, { total_count: runs.length, check_runs: runs }];
  }),
  route("GET", `${REPO_PATH}/actions/workflows/([^/]+)/runs`, () => [200, { total_count: 0, workflow_runs: [] }]),
  route("POST", `${REPO_PATH}/check-runs`, (s, _m, body) => [201, createCheckRun(s, body)]),
  route("PATCH", `${REPO_PATH}/check-runs/(\\d+)`, (s, m, body) => {
    const run = s.checkRuns.get(Number(m[1]));
    return run ? [200, updateCheckRun(run, body)] : notFound;
  }),
  route("POST", `${REPO_PATH}/issues/(\\d+)/labels`, (s, m, body) => [200, addLabels(s, Number(m[1]), body.labels as string[])]),
  route("DELETE", `${REPO_PATH}/issues/(\\d+)/labels/([^/]+)`, (s, m) => {
    const pr = mustPull(s, Number(m[1])).pr;
    const name = decodeURIComponent(m[2]!);
    if (!pr.labels.some((l: any) => l.name === name)) return [404, { message: "Label does not exist" }];
    pr.labels = pr.labels.filter((l: any) => l.name !== name);
    return [200, pr.labels];
  }),
  route("PATCH", `${REPO_PATH}/labels/([^/]+)`, (s, m, body) => {
    const label = s.repoLabels.get(decodeURIComponent(m[1]!));
    if (!label) return notFound;
    Object.assign(label, { color: body.color ?? label.color, description: body.description ?? label.description });
    return [200, label];
  }),
  route("POST", `${REPO_PATH}/labels`, (s, _m, body) => {
    if (s.repoLabels.has(body.name)) return [422, { message: "Validation Failed" }];
    const label = { name: body.name, color: body.color ?? "ededed", description: body.description ?? null };
    s.repoLabels.set(label.name, label);
    return [201, label];
  }),
  route("GET", `${REPO_PATH}/issues/(\\d+)/comments`, (s, m) => [200, mustPull(s, Number(m[1])).comments.map((c) => toComment(c, Number(m[1])))]),
  route("POST", `${REPO_PATH}/issues/(\\d+)/comments`, (s, m, body) => {
    const number = Number(m[1]);
    const comment = { id: s.nextId++, body: body.body as string, user: { login: "airlock-test[bot]", type: "Bot" } };
    mustPull(s, number).comments.push(comment);
    return [201, toComment(comment, number)];
  }),
  route("GET", `${REPO_PATH}/issues/comments/(\\d+)`, (s, m) => {
    const found = findComment(s, Number(m[1]));
    return found ? [200, toComment(found.comment, found.number)] : notFound;
  }),
  route("PATCH", `${REPO_PATH}/issues/comments/(\\d+)`, (s, m, body) => {
    const found = findComment(s, Number(m[1]));
    if (!found) return notFound;
    found.comment.body = body.body;
    return [200, toComment(found.comment, found.number)];
  }),
];

/**
 * `answerRequest` routes one request to the fake (method, path with query, body text or parsed body). Returns
 * undefined for a route the fleet does not know
 * (the caller answers 404 and counts it: an unexpected request is a finding of the load test).
 */
export function answerRequest(state: FleetState, method: string, uri: string, body: unknown): Answer | undefined {
  const [path = "", search = ""] = uri.split("?");
  for (const r of ROUTES) {
    if (r.method !== method) continue;
    const match = r.path.exec(path);
    if (match) return r.answer(state, match, typeof body === "string" && body !== "" ? JSON.parse(body) : body, new URLSearchParams(search));
  }
  return undefined;
}

function findComment(state: FleetState, id: number): { comment: FleetComment; number: number } | undefined {
  for (const pull of state.pulls.values()) {
    const comment = pull.comments.find((c) => c.id === id);
    if (comment) return { comment, number: pull.number };
  }
  return undefined;
}

function toComment(comment: { id: number; body: string; user: unknown }, number: number): unknown {
  return { ...comment, issue_url: `https://api.github.com${REPO_PATH}/issues/${number}`, performed_via_github_app: null };
}

function toFileEntry(file: { filename: string; status: string; previous_filename?: string }): unknown {
  return { sha: "bbcd538c8e72b8c175046e27cc8f907076331401", filename: file.filename, status: file.status, additions: 4, deletions: 4, changes: 8, patch: "@@ -1 +1 @@", ...(file.previous_filename ? { previous_filename: file.previous_filename } : {}) };
}
