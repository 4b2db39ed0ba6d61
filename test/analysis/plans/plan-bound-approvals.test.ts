import { describe, expect, it } from "vitest";
import { evaluateReviews, type ReviewRules } from "../../../src/analysis/approvals/evaluate-reviews.js";
import { planBoundApprovals, type PlanBoundApprovalsParams } from "../../../src/analysis/plans/index.js";
import { HEAD_SHA, aReview, anAccount } from "../../helpers/snapshot.js";

const PUSHED_FROM = "9f8e7d6c5b4a39281706f5e4d3c2b1a098765432";
const DIGEST = "d".repeat(64);
const OTHER_DIGEST = "e".repeat(64);
const olderApproval = aReview({ commitId: PUSHED_FROM });

function stillCurrent(overrides: Partial<PlanBoundApprovalsParams> = {}) {
  return planBoundApprovals({ headSha: HEAD_SHA, digestsBySha: { [PUSHED_FROM]: DIGEST }, currentDigest: DIGEST, ...overrides });
}

describe("planBoundApprovals", () => {
  it.each<[string, Partial<PlanBoundApprovalsParams>, boolean]>([
    ["an approval is kept across a push that plans the same risk", {}, true],
    ["an approval is dismissed when the risk digest changed", { currentDigest: OTHER_DIGEST }, false],
    ["an approval of a commit with no recorded digest is dismissed", { digestsBySha: {} }, false],
    ["no current digest keeps nothing current", { currentDigest: undefined }, false],
    ["recorded SHAs compare case-insensitively", { digestsBySha: { [PUSHED_FROM.toUpperCase()]: DIGEST } }, true],
    ["a SHA prefix is not the commit", { digestsBySha: { [PUSHED_FROM.slice(0, 7)]: DIGEST } }, false],
  ])("%s", (_name, overrides, current) => {
    expect(stillCurrent(overrides)(olderApproval)).toBe(current);
  });

  it("an approval of the head commit is current", () => {
    expect(stillCurrent({ currentDigest: undefined })(aReview())).toBe(true);
  });

  it("plugs into evaluateReviews as ReviewRules.stillCurrent", () => {
    const rules = (current: string): ReviewRules => ({
      headSha: HEAD_SHA,
      author: anAccount(),
      requester: null,
      authorMayApprove: false,
      requesterMayApprove: false,
      dismissStale: true,
      requireWritePermission: true,
      permissions: { carol: "write" },
      isAgentAccount: () => false,
      stillCurrent: stillCurrent({ currentDigest: current }),
    });
    expect(evaluateReviews({ reviews: [olderApproval], rules: rules(DIGEST) }).approvedBy).toEqual(["carol"]);
    const dismissed = evaluateReviews({ reviews: [olderApproval], rules: rules(OTHER_DIGEST) });
    expect(dismissed.approvedBy).toEqual([]);
    expect(dismissed.ignored[0]?.why).toMatch(/approved an older commit \(9f8e7d6\)/);
  });
});
