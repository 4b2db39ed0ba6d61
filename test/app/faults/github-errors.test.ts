import { describe, expect, it } from "vitest";
import { HEAD_SHA, type Fault } from "../support/fake-github.js";
import { pullRequestOpened, retryEvent, ROUTE, send, shown, type Retry, useScenario } from "./scenario.js";

/** One GitHub failure: where it happens, what GitHub answers, what the check must say, and how the user retries. */
interface Row {
  name: string;
  route: string;
  fault: Fault;
  says: RegExp[];
  retry: Retry;
  /** The failing delivery, when not `pull_request.opened` (whose payload carries the PR, so it is not read). */
  via?: Retry;
}

const SERVER_ERROR = { message: "Server Error" };
const UNICORN = "<html><head><title>Unicorn! · GitHub</title></head><body>We had issues producing the response to your request.</body></html>";
const SECONDARY_LIMIT = { message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again." };

const ROWS: Row[] = [
  { name: "pulls.get 500", route: ROUTE.pull, fault: { status: 500, body: SERVER_ERROR, exact: true }, says: [/get pull request: 500 Server Error/, /GET \/repos\/\{owner\}\/\{repo\}\/pulls\/\{pull_number\}\)/], retry: "redelivery", via: "rerequest" },
  { name: "pulls.get 502", route: ROUTE.pull, fault: { status: 502, body: UNICORN, headers: { "content-type": "text/html" }, exact: true }, says: [/get pull request: 502/, /GET \/repos\/\{owner\}\/\{repo\}\/pulls\/\{pull_number\}\)/], retry: "rerequest", via: "rerequest" },
  { name: "files list 500", route: ROUTE.files, fault: { status: 500, body: SERVER_ERROR }, says: [/list pull request files: 500/, /GET \/repos\/\{owner\}\/\{repo\}\/pulls\/\{pull_number\}\/files/], retry: "recheck" },
  { name: "files list 502", route: ROUTE.files, fault: { status: 502, body: UNICORN, headers: { "content-type": "text/html" } }, says: [/list pull request files: 502/, /pulls\/\{pull_number\}\/files/], retry: "redelivery" },
  { name: "commits list 500", route: ROUTE.commits, fault: { status: 500, body: SERVER_ERROR }, says: [/list pull request commits: 500/, /pulls\/\{pull_number\}\/commits/], retry: "rerequest" },
  { name: "commits list 502", route: ROUTE.commits, fault: { status: 502, body: { message: "Bad Gateway" } }, says: [/list pull request commits: 502 Bad Gateway/, /pulls\/\{pull_number\}\/commits/], retry: "recheck" },
  { name: "reviews list 500", route: ROUTE.reviews, fault: { status: 500, body: SERVER_ERROR }, says: [/list pull request reviews: 500/, /pulls\/\{pull_number\}\/reviews/], retry: "redelivery" },
  { name: "reviews list 502", route: ROUTE.reviews, fault: { status: 502, body: { message: "Bad Gateway" } }, says: [/list pull request reviews: 502/, /pulls\/\{pull_number\}\/reviews/], retry: "rerequest" },
  { name: "reviewer permission 500", route: ROUTE.permission, fault: { status: 500, body: SERVER_ERROR }, says: [/get collaborator permission: 500/, /collaborators\/\{username\}\/permission/], retry: "recheck" },
  { name: "GraphQL 500", route: ROUTE.graphql, fault: { status: 500, body: SERVER_ERROR }, says: [/load file bodies: 500/, /POST \/graphql/], retry: "redelivery" },
  { name: "GraphQL 502", route: ROUTE.graphql, fault: { status: 502, body: UNICORN, headers: { "content-type": "text/html" } }, says: [/load file bodies: 502/, /POST \/graphql/], retry: "rerequest" },
  { name: "config read 500", route: ROUTE.config, fault: { status: 500, body: SERVER_ERROR }, says: [/read config: 500/, /POST \/graphql/], retry: "recheck" },
  { name: "config read 502", route: ROUTE.config, fault: { status: 502, body: { message: "Bad Gateway" } }, says: [/read config: 502/, /POST \/graphql/], retry: "redelivery" },
  { name: "check-run create 500, once (the verdict cannot be published; the failure can)", route: ROUTE.checkCreate, fault: { status: 500, body: SERVER_ERROR, times: 1 }, says: [/create check run: 500/, /POST \/repos\/\{owner\}\/\{repo\}\/check-runs/], retry: "rerequest" },
  { name: "403 secondary rate limit on the files list", route: ROUTE.files, fault: { status: 403, body: SECONDARY_LIMIT, headers: { "retry-after": "30" } }, says: [/list pull request files: 403/, /secondary rate limit/, /retry after 30 ?s/], retry: "redelivery" },
  { name: "429 with retry-after on the reviews list", route: ROUTE.reviews, fault: { status: 429, body: SECONDARY_LIMIT, headers: { "retry-after": "17" } }, says: [/list pull request reviews: 429/, /rate limit/, /retry after 17 ?s/], retry: "recheck" },
  { name: "429 with retry-after on GraphQL", route: ROUTE.graphql, fault: { status: 429, body: SECONDARY_LIMIT, headers: { "retry-after": "45" } }, says: [/load file bodies: 429/, /rate limit/, /retry after 45 ?s/], retry: "rerequest" },
  { name: "403 secondary rate limit on the config read", route: ROUTE.config, fault: { status: 403, body: SECONDARY_LIMIT, headers: { "retry-after": "30" } }, says: [/\b403\b/, /rate limit/, /retry after 30 ?s/], retry: "redelivery" },
];

describe("a GitHub failure while evaluating an approved agent PR", () => {
  const t = useScenario();

  it("opens the gate when GitHub is healthy (the baseline every row recovers to)", async () => {
    await send(t.probot, "healthy", { name: "pull_request", payload: pullRequestOpened(t.state) });
    expect(t.github.latestCheck()).toMatchObject({ name: "Airlock", head_sha: HEAD_SHA, conclusion: "success" });
  });

  it.each(ROWS)("$name: fails closed, says what failed, and a retry ($retry) recovers", async (row) => {
    t.state.faults.set(row.route, row.fault);
    await send(t.probot, "failing-delivery", row.via ? retryEvent(t.state, row.via) : { name: "pull_request", payload: pullRequestOpened(t.state) });

    const failed = t.github.latestCheck();
    expect(failed).toMatchObject({ name: "Airlock", head_sha: HEAD_SHA, status: "completed", conclusion: "failure" });
    // Every check-run write GitHub accepted; when the fault is on the check-run write itself, the refused one is not.
    const refused = row.route === ROUTE.checkCreate ? 1 : 0;
    expect(t.github.writes.filter((w) => w.path.includes("/check-runs")).slice(refused).map((w) => w.body.conclusion)).not.toContain("success");
    const text = shown(failed);
    expect(text).toContain("Could not evaluate this pull request, so the gate stays closed.");
    for (const pattern of row.says) expect(text).toMatch(pattern);
    expect(text).toContain("delivery failing-delivery");
    expect(JSON.stringify(failed.output)).not.toMatch(/<html|<title/i);

    t.state.faults.clear();
    await send(t.probot, "retry-delivery", retryEvent(t.state, row.retry));
    const recovered = t.github.latestCheck();
    expect(recovered).toMatchObject({ head_sha: HEAD_SHA, conclusion: "success" });
    expect(shown(recovered)).not.toContain("Could not evaluate");
    expect(t.state.checkRuns).toHaveLength(1);
  });
});
