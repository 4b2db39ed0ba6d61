import { describe, expect, it } from "vitest";
import { HEAD_SHA, review, type Fault, type FakeState } from "../support/fake-github.js";
import { pullRequestOpened, retryEvent, ROUTE, send, shown, type Retry, useScenario } from "./scenario.js";

/** A 200 whose body is not what GitHub documents: Airlock must refuse to guess and fail closed. */
interface Row {
  name: string;
  route: string;
  fault: (state: FakeState) => Fault;
  says: RegExp[];
  retry: Retry;
  /** The failing delivery, when not `pull_request.opened` (whose payload carries the PR, so it is not read). */
  via?: Retry;
}

const ROWS: Row[] = [
  {
    name: "the files endpoint returns an object instead of a list",
    route: ROUTE.files,
    fault: () => ({ status: 200, body: { total_count: 1, files: [{ filename: "envs/prod/db.tf", status: "removed" }] } }),
    says: [/list pull request files: 200 unexpected response/, /expected array/, /pulls\/\{pull_number\}\/files/],
    retry: "redelivery",
  },
  {
    name: "a review without its user field",
    route: ROUTE.reviews,
    fault: (state) => ({ status: 200, body: state.reviews.map(({ user: _user, ...rest }: any) => rest) }),
    says: [/list pull request reviews: 200 unexpected response: 0\.user/, /pulls\/\{pull_number\}\/reviews/],
    retry: "rerequest",
  },
  {
    name: "GraphQL answers with errors and no data",
    route: ROUTE.graphql,
    fault: () => ({ status: 200, body: { data: null, errors: [{ type: "INTERNAL", message: "Something went wrong while executing your query." }] } }),
    says: [/load file bodies: 200 GraphQL error: Something went wrong while executing your query\./, /POST \/graphql/],
    retry: "recheck",
  },
  {
    name: "GraphQL leaves out a requested file body",
    route: ROUTE.graphql,
    fault: () => ({ status: 200, body: { data: { repository: {} } } }),
    says: [/load file bodies: 200 unexpected response: repository\.b0 is missing/],
    retry: "redelivery",
  },
  {
    name: "the pull request has no head SHA",
    route: ROUTE.pull,
    fault: (state) => ({ status: 200, body: { ...state.pr, head: { ref: state.pr.head.ref } }, exact: true }),
    says: [/get pull request: 200 unexpected response: head\.sha/],
    retry: "rerequest",
    via: "rerequest",
  },
];

describe("a malformed GitHub response", () => {
  const t = useScenario();

  it.each(ROWS)("$name: fails closed naming the endpoint, and a retry ($retry) recovers", async (row) => {
    t.state.faults.set(row.route, row.fault(t.state));
    await send(t.probot, "malformed", row.via ? retryEvent(t.state, row.via) : { name: "pull_request", payload: pullRequestOpened(t.state) });

    const failed = t.github.latestCheck();
    expect(failed).toMatchObject({ name: "Airlock", head_sha: HEAD_SHA, conclusion: "failure" });
    for (const pattern of row.says) expect(shown(failed)).toMatch(pattern);

    t.state.faults.clear();
    await send(t.probot, "retry", retryEvent(t.state, row.retry));
    expect(t.github.latestCheck().conclusion).toBe("success");
    expect(t.state.checkRuns).toHaveLength(1);
  });

  it("does not credit an approval whose author was deleted (user: null), and still evaluates", async () => {
    t.state.reviews = [review("carol", "APPROVED", { id: 7 }), { ...review("ghost", "APPROVED"), user: null }];
    await send(t.probot, "ghost", { name: "pull_request", payload: pullRequestOpened(t.state) });
    const check = t.github.latestCheck();
    expect(check.conclusion).toBe("action_required");
    expect(shown(check)).toContain("Approved by: `carol`");
    expect(shown(check)).toMatch(/1 more approval \(2 required\)/);
  });
});
