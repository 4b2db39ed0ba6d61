import { describe, expect, it } from "vitest";
import type { DailyBucket, WindowCounts } from "../../../src/report/dashboard/dashboard-summary.js";
import { summarizeAudit } from "../../../src/report/dashboard/summarize-audit.js";
import type { AuditEvent } from "../../../src/model/audit-event.js";
import { evaluation, override, records } from "./support/audit-records.js";

const NOW = new Date("2026-11-21T15:00:00Z");
const summarize = (...events: AuditEvent[]) => summarizeAudit(records(...events), { now: NOW, days: 30 });
const bucket = (summary: ReturnType<typeof summarize>, date: string): DailyBucket => {
  const found = summary.daily.find((b) => b.date === date);
  if (found === undefined) throw new Error(`no bucket ${date}`);
  return found;
};

describe("summarizeAudit: window", () => {
  it("has one bucket per UTC day ending today, all empty without records", () => {
    const summary = summarize();
    expect(summary.from).toBe("2026-10-23T00:00:00.000Z");
    expect(summary.generatedAt).toBe("2026-11-21T15:00:00.000Z");
    expect(summary.daily).toHaveLength(30);
    expect(summary.daily[0]!.date).toBe("2026-10-23");
    expect(summary.daily[29]!.date).toBe("2026-11-21");
    expect(summary.totals).toEqual({
      infraPullRequests: 0, agentPullRequests: 0, agentShare: null, overrides: 0,
      decisions: { blocked: 0, overridden: 0, approved: 0, passed: 0, shadowed: 0 },
      timeToApproval: { count: 0, medianSeconds: null, p90Seconds: null },
    });
  });

  it("rejects a window that is not a positive whole number of days", () => {
    expect(() => summarizeAudit([], { now: NOW, days: 0 })).toThrow(RangeError);
    expect(() => summarizeAudit([], { now: NOW, days: 1.5 })).toThrow(RangeError);
  });
});

interface Case {
  name: string;
  events: AuditEvent[];
  totals?: Partial<WindowCounts>;
  days?: Record<string, Partial<DailyBucket>>;
}

const CASES: Case[] = [
  {
    name: "an agent PR evaluated twice in a day counts once",
    events: [evaluation({ at: "2026-11-20T10:00:00Z" }), evaluation({ at: "2026-11-20T11:00:00Z" })],
    days: { "2026-11-20": { infraPullRequests: 1, agentPullRequests: 1, agentShare: 1 } },
  },
  {
    name: "the share is agent PRs over all infrastructure PRs",
    events: [
      evaluation({ at: "2026-11-20T10:00:00Z", pullNumber: 1 }),
      evaluation({ at: "2026-11-20T10:00:00Z", pullNumber: 2, agent: null }),
      evaluation({ at: "2026-11-20T10:00:00Z", pullNumber: 3, agent: null, repository: "acme/other" }),
    ],
    totals: { infraPullRequests: 3, agentPullRequests: 1, agentShare: 1 / 3 },
  },
  {
    name: "PRs that touch no infrastructure are not counted",
    events: [evaluation({ at: "2026-11-20T10:00:00Z", infra: false })],
    totals: { infraPullRequests: 0, agentShare: null, decisions: { blocked: 0, overridden: 0, approved: 0, passed: 0, shadowed: 0 } },
  },
  {
    name: "a PR is attributed by its latest evaluation",
    events: [evaluation({ at: "2026-11-20T10:00:00Z" }), evaluation({ at: "2026-11-20T11:00:00Z", agent: null })],
    totals: { infraPullRequests: 1, agentPullRequests: 0, agentShare: 0 },
  },
  {
    name: "a head blocked then approved the same day is one approved decision",
    events: [evaluation({ at: "2026-11-20T10:00:00Z" }), evaluation({ at: "2026-11-20T12:00:00Z", conclusion: "success" })],
    days: { "2026-11-20": { decisions: { blocked: 0, overridden: 0, approved: 1, passed: 0, shadowed: 0 } } },
  },
  {
    name: "each day counts the latest evaluation of that day; the window its latest overall",
    events: [evaluation({ at: "2026-11-19T10:00:00Z" }), evaluation({ at: "2026-11-20T12:00:00Z", conclusion: "success" })],
    days: {
      "2026-11-19": { decisions: { blocked: 1, overridden: 0, approved: 0, passed: 0, shadowed: 0 } },
      "2026-11-20": { decisions: { blocked: 0, overridden: 0, approved: 1, passed: 0, shadowed: 0 } },
    },
    totals: { decisions: { blocked: 0, overridden: 0, approved: 1, passed: 0, shadowed: 0 } },
  },
  {
    name: "failure blocks, shadow would-block is shadowed, nothing required is passed",
    events: [
      evaluation({ at: "2026-11-20T10:00:00Z", pullNumber: 1, conclusion: "failure" }),
      evaluation({ at: "2026-11-20T10:00:00Z", pullNumber: 2, conclusion: "success", mode: "shadow", wouldBlock: true }),
      evaluation({ at: "2026-11-20T10:00:00Z", pullNumber: 3, conclusion: "success", agent: null, requiredApprovals: 0, destructiveness: "low" }),
    ],
    totals: { decisions: { blocked: 1, overridden: 0, approved: 0, passed: 1, shadowed: 1 } },
  },
  {
    name: "a head that passes after an override is overridden, not approved, even on a later day",
    events: [
      evaluation({ at: "2026-11-19T10:00:00Z", pullNumber: 1 }),
      override({ at: "2026-11-19T11:00:00Z", pullNumber: 1 }),
      evaluation({ at: "2026-11-20T10:00:00Z", pullNumber: 1, conclusion: "success" }),
      evaluation({ at: "2026-11-20T10:00:00Z", pullNumber: 2, conclusion: "success" }),
      override({ at: "2026-11-20T11:00:00Z", pullNumber: 2 }),
    ],
    days: {
      "2026-11-19": { decisions: { blocked: 1, overridden: 0, approved: 0, passed: 0, shadowed: 0 } },
      "2026-11-20": { decisions: { blocked: 0, overridden: 1, approved: 1, passed: 0, shadowed: 0 } },
    },
  },
  {
    name: "distinct heads of one PR are distinct decisions",
    events: [evaluation({ at: "2026-11-20T10:00:00Z", headSha: "h1" }), evaluation({ at: "2026-11-20T11:00:00Z", headSha: "h2" })],
    totals: { infraPullRequests: 1, decisions: { blocked: 2, overridden: 0, approved: 0, passed: 0, shadowed: 0 } },
  },
  {
    name: "overrides are counted on their day",
    events: [override({ at: "2026-11-20T10:00:00Z" }), override({ at: "2026-11-20T11:00:00Z", pullNumber: 2 }), override({ at: "2026-11-21T09:00:00Z" })],
    days: { "2026-11-20": { overrides: 2 }, "2026-11-21": { overrides: 1 } },
    totals: { overrides: 3 },
  },
  {
    name: "the window starts at 00:00 UTC of its first day and ends at now",
    events: [
      evaluation({ at: "2026-10-23T00:00:00Z", pullNumber: 1 }),
      evaluation({ at: "2026-10-22T23:59:59.999Z", pullNumber: 2 }),
      evaluation({ at: "2026-11-21T15:00:00.001Z", pullNumber: 3 }),
      evaluation({ at: "2026-11-21T17:00:00+02:00", pullNumber: 4 }),
    ],
    days: { "2026-10-23": { infraPullRequests: 1 }, "2026-11-21": { infraPullRequests: 1 } },
    totals: { infraPullRequests: 2 },
  },
  {
    name: "records with an unreadable instant are ignored",
    events: [evaluation({ at: "yesterday" }), override({ at: "" })],
    totals: { infraPullRequests: 0, overrides: 0 },
  },
];

describe("summarizeAudit: counts", () => {
  it.each(CASES)("$name", ({ events, totals, days }) => {
    const summary = summarize(...events);
    if (totals !== undefined) expect(summary.totals).toMatchObject(totals);
    for (const [date, expected] of Object.entries(days ?? {})) expect(bucket(summary, date)).toMatchObject(expected);
  });

  it("does not depend on the order of the records", () => {
    const events = CASES.flatMap((c) => c.events);
    const forward = summarizeAudit(records(...events), { now: NOW, days: 30 });
    const shuffled = records(...events).reverse();
    expect(summarizeAudit(shuffled, { now: NOW, days: 30 })).toEqual(forward);
  });
});
