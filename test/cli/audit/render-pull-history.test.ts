import { describe, expect, it } from "vitest";
import { renderPullHistory } from "../../../src/cli/audit/render-pull-history.js";
import type { AuditEvent, AuditRecord } from "../../../src/model/audit-event.js";
import { aConfigInvalid, aMerge, anApproval, anEvaluation, anOverride } from "../../audit/support/audit-events.js";

const records = (...events: AuditEvent[]): AuditRecord[] =>
  events.map((event, index) => ({ seq: index + 1, event, prevHash: "p".repeat(64), hash: "h".repeat(64) }));

describe("renderPullHistory", () => {
  it("tells the story of a PR from evaluation to merge", () => {
    expect(renderPullHistory("acme/infra#42", records(anEvaluation(), anApproval(), anOverride(), aMerge()))).toMatchInlineSnapshot(`
      "acme/infra#42: 4 audit records

      #1  2026-11-21T12:00:00Z  evaluation  head a1b2c3d4e5f60718293a4b5c6d7e8f9012345678  (delivery d-1)
          agent:    copilot (verified), requested by alice
          scores:   destructiveness 95 (critical), blast radius 60 (high)
          changes:  1 delete, 2 update in production
          destroys: aws_db_instance.main
          decision: action_required; 2 approval(s) required, approved by carol
          missing:  1 more approval from acme/dba
      #2  2026-11-21T12:30:00Z  approval  head a1b2c3d4e5f60718293a4b5c6d7e8f9012345678
          approved by carol (acme/platform), review on a1b2c3d4e5f60718293a4b5c6d7e8f9012345678 at 2026-11-21T12:29:00Z
      #3  2026-11-21T12:40:00Z  override  head a1b2c3d4e5f60718293a4b5c6d7e8f9012345678
          gate overridden by dave (acme/sre)
          reason: production is down
      #4  2026-11-21T13:00:00Z  merge  head a1b2c3d4e5f60718293a4b5c6d7e8f9012345678
          merged by carol as 9f8e7d6c5b4a39281706f5e4d3c2b1a098765432 onto base 0f1e2d3c4b5a69788796a5b4c3d2e1f0ffeeddcc (agent copilot), destroyed 1 resource
          revert:   git revert -m 1 9f8e7d6c5b4a39281706f5e4d3c2b1a098765432
      "
    `);
  });

  it("says what shadow mode would have done, and who is not an agent", () => {
    const text = renderPullHistory("acme/infra#42", records(anEvaluation({
      agent: { name: null, isAgent: false, confidence: "none", requester: null, evidence: [] },
      decision: { conclusion: "success", mode: "shadow", wouldBlock: true, requiredApprovals: 1, approvedBy: [], missing: [] },
    })));
    expect(text).toContain("agent:    not an agent PR");
    expect(text).toContain("decision: success, shadow mode: would block; 1 approval(s) required, approved by nobody yet");
  });

  it("lists the messages of an invalid config", () => {
    expect(renderPullHistory("acme/infra#42", records(aConfigInvalid()))).toContain("config invalid, gate failed closed:\n      Invalid config in .github/airlock.yml");
  });

  it("cannot be made to print terminal escapes or fake lines by an override reason", () => {
    const text = renderPullHistory("acme/infra#42", records(anOverride({ reason: "ok\n#9  2026-11-21T00:00:00Z  approval\u001b[31m" })));
    expect(text).toContain("reason: ok\\u{a}#9  2026-11-21T00:00:00Z  approval\\u{1b}[31m");
    expect(text).not.toContain("\u001b");
  });

  it("says when a PR has no records", () => {
    expect(renderPullHistory("acme/infra#7", [])).toBe("acme/infra#7: no audit records\n");
  });
});
