import { describe, expect, it } from "vitest";
import { summarizeAudit } from "../../../src/report/dashboard/summarize-audit.js";
import { evaluation, override, records } from "./support/audit-records.js";

const NOW = new Date("2026-11-21T15:00:00Z");

describe("summarizeAudit: top agents", () => {
  it("ranks agents by infrastructure PRs, then name, with blocked PRs and overrides on them", () => {
    const summary = summarizeAudit(records(
      evaluation({ at: "2026-11-20T10:00:00Z", pullNumber: 1, agent: "devin" }),
      evaluation({ at: "2026-11-20T10:00:00Z", pullNumber: 2, agent: "devin", conclusion: "success" }),
      evaluation({ at: "2026-11-20T10:00:00Z", pullNumber: 3, agent: "copilot" }),
      evaluation({ at: "2026-11-20T10:00:00Z", pullNumber: 4, agent: "codex", conclusion: "success" }),
      evaluation({ at: "2026-11-20T10:00:00Z", pullNumber: 5, agent: null }),
      evaluation({ at: "2026-11-20T10:00:00Z", pullNumber: 6, agent: "aider", infra: false }),
      override({ at: "2026-11-20T11:00:00Z", pullNumber: 1 }),
      override({ at: "2026-11-20T11:30:00Z", pullNumber: 5 }),
    ), { now: NOW, days: 30, listLimit: 2 });
    expect(summary.topAgents).toEqual([
      { agent: "devin", pullRequests: 2, blocked: 1, overrides: 1 },
      { agent: "codex", pullRequests: 1, blocked: 0, overrides: 0 },
    ]);
  });
});

describe("summarizeAudit: recent overrides", () => {
  it("lists the latest overrides newest first, with their reasons verbatim", () => {
    const summary = summarizeAudit(records(
      override({ at: "2026-11-19T10:00:00Z", reason: "oldest" }),
      override({ at: "2026-11-21T10:00:00Z", reason: "<script>alert(1)</script>", login: "erin", pullNumber: 7 }),
      override({ at: "2026-11-20T10:00:00Z", reason: "middle" }),
      override({ at: "2026-10-01T10:00:00Z", reason: "before the window" }),
    ), { now: NOW, days: 30, listLimit: 2 });
    expect(summary.recentOverrides).toEqual([
      { at: "2026-11-21T10:00:00Z", repository: "acme/infra", pullNumber: 7, headSha: "h1", login: "erin", reason: "<script>alert(1)</script>" },
      { at: "2026-11-20T10:00:00Z", repository: "acme/infra", pullNumber: 1, headSha: "h1", login: "dave", reason: "middle" },
    ]);
  });
});

describe("summarizeAudit: recently blocked", () => {
  it("lists PRs whose latest evaluation blocks, most recently evaluated first", () => {
    const summary = summarizeAudit(records(
      evaluation({ at: "2026-11-20T09:00:00Z", pullNumber: 1, destructiveness: "critical", blastRadius: "high", missing: ["a", "b", "c", "d"] }),
      evaluation({ at: "2026-11-20T10:00:00Z", pullNumber: 2, agent: null, conclusion: "failure", missing: ["plan unreadable"] }),
      evaluation({ at: "2026-11-20T11:00:00Z", pullNumber: 3 }),
      evaluation({ at: "2026-11-20T12:00:00Z", pullNumber: 3, conclusion: "success" }),
      evaluation({ at: "2026-11-20T13:00:00Z", pullNumber: 1, headSha: "h2", destructiveness: "critical", blastRadius: "high", missing: ["a", "b", "c", "d"] }),
    ), { now: NOW, days: 30 });
    expect(summary.recentBlocked).toEqual([
      { at: "2026-11-20T13:00:00Z", repository: "acme/infra", pullNumber: 1, headSha: "h2", agent: "copilot", conclusion: "action_required", destructiveness: "critical", blastRadius: "high", missing: ["a", "b", "c"] },
      { at: "2026-11-20T10:00:00Z", repository: "acme/infra", pullNumber: 2, headSha: "h1", agent: null, conclusion: "failure", destructiveness: "high", blastRadius: "medium", missing: ["plan unreadable"] },
    ]);
  });
});
