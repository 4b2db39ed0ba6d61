import { describe, expect, it } from "vitest";
import { evaluateReviews, type ReviewRules } from "../../../src/analysis/approvals/evaluate-reviews.js";
import type { SnapshotReview } from "../../../src/model/snapshot.js";

const HEAD = "a".repeat(40);
const OLD = "b".repeat(40);
const copilot = { login: "Copilot", id: 198982749, type: "Bot" as const };

function review(login: string, state: SnapshotReview["state"], overrides: Partial<SnapshotReview> = {}, id = login.length * 1000 + login.charCodeAt(0)): SnapshotReview {
  return { user: { login, id, type: "User" }, state, commitId: HEAD, submittedAt: "2026-11-21T10:00:00Z", ...overrides };
}

const rules: ReviewRules = {
  headSha: HEAD,
  author: copilot,
  requester: "alice",
  authorMayApprove: false,
  requesterMayApprove: false,
  dismissStale: true,
  requireWritePermission: true,
  permissions: { alice: "admin", carol: "write", dave: "write", erin: "read", "renovate[bot]": "write" },
  isAgentAccount: (a) => a.type === "Bot" && a.id === copilot.id,
};

describe("evaluateReviews", () => {
  it.each<[string, SnapshotReview, string | null]>([
    ["an eligible human on the head commit counts", review("carol", "APPROVED"), null],
    ["the requester of the agent does not count", review("alice", "APPROVED"), "the human who launched the agent cannot approve its change"],
    ["a bot does not count", { ...review("renovate[bot]", "APPROVED"), user: { login: "renovate[bot]", id: 29139614, type: "Bot" } }, "reviews by bots do not count"],
    ["the agent itself does not count", { ...review("Copilot", "APPROVED"), user: copilot }, "reviews by bots do not count"],
    ["a reviewer without write permission does not count", review("erin", "APPROVED"), "no write permission on the repository"],
    ["an approval of an older commit is stale", review("dave", "APPROVED", { commitId: OLD }), "approved an older commit (bbbbbbb); the latest push needs a new approval"],
  ])("%s", (_name, r, why) => {
    const outcome = evaluateReviews({ reviews: [r], rules });
    if (why === null) expect(outcome.approvedBy).toEqual([r.user.login]);
    else expect(outcome.ignored).toEqual([{ login: r.user.login, why }]);
  });

  it("a human whose login equals the agent's name without [bot] is judged as a human", () => {
    const human = { ...review("Copilot", "APPROVED"), user: { login: "Copilot", id: 4242, type: "User" as const } };
    const outcome = evaluateReviews({ reviews: [human], rules: { ...rules, permissions: { Copilot: "write" } } });
    expect(outcome.approvedBy).toEqual(["Copilot"]);
  });

  it("only the latest decisive review per reviewer counts; a later comment keeps the approval", () => {
    const outcome = evaluateReviews({
      reviews: [
        review("carol", "CHANGES_REQUESTED", { submittedAt: "2026-11-21T09:00:00Z" }),
        review("carol", "APPROVED", { submittedAt: "2026-11-21T10:00:00Z" }),
        review("carol", "COMMENTED", { submittedAt: "2026-11-21T11:00:00Z" }),
        review("dave", "APPROVED", { submittedAt: "2026-11-21T09:00:00Z" }),
        review("dave", "CHANGES_REQUESTED", { submittedAt: "2026-11-21T12:00:00Z" }),
      ],
      rules,
    });
    expect(outcome.approvedBy).toEqual(["carol"]);
    expect(outcome.changesRequestedBy).toEqual(["dave"]);
  });

  it("a dismissed review does not count", () => {
    const outcome = evaluateReviews({ reviews: [review("carol", "APPROVED"), review("carol", "DISMISSED", { submittedAt: "2026-11-21T11:00:00Z" })], rules });
    expect(outcome.approvedBy).toEqual([]);
    expect(outcome.ignored[0]?.why).toBe("review was dismissed");
  });

  it("stale approvals count when approvals are bound to an unchanged plan", () => {
    const outcome = evaluateReviews({ reviews: [review("dave", "APPROVED", { commitId: OLD })], rules: { ...rules, stillCurrent: () => true } });
    expect(outcome.approvedBy).toEqual(["dave"]);
  });
});

describe("evaluateReviews with several requester candidates", () => {
  it("excludes every human a requester source named, not only the preferred one", () => {
    const outcome = evaluateReviews({ reviews: [review("carol", "APPROVED")], rules: { ...rules, requester: "alice", otherRequesters: ["carol"] } });
    expect(outcome.approvedBy).toEqual([]);
    expect(outcome.ignored[0]?.why).toBe("the human who launched the agent cannot approve its change");
  });
});
