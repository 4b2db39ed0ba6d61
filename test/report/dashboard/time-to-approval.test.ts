import { describe, expect, it } from "vitest";
import type { AuditEvent } from "../../../src/model/audit-event.js";
import type { LatencyStats } from "../../../src/report/dashboard/dashboard-summary.js";
import { summarizeAudit } from "../../../src/report/dashboard/summarize-audit.js";
import { evaluation, override, records } from "./support/audit-records.js";

const NOW = new Date("2026-11-21T15:00:00Z");
const summarize = (...events: AuditEvent[]) => summarizeAudit(records(...events), { now: NOW, days: 30 });
const held = (at: string, headSha = "h1") => evaluation({ at, headSha });
const open = (at: string, headSha = "h1") => evaluation({ at, headSha, conclusion: "success" });

describe("summarizeAudit: time to approval", () => {
  const cases: { name: string; events: AuditEvent[]; totals: LatencyStats; day?: [string, LatencyStats] }[] = [
    {
      name: "runs from the head's first evaluation to the first one that no longer blocks",
      events: [held("2026-11-20T10:00:00Z"), held("2026-11-20T11:00:00Z"), open("2026-11-20T12:00:00Z"), open("2026-11-20T13:00:00Z")],
      totals: { count: 1, medianSeconds: 7200, p90Seconds: 7200 },
      day: ["2026-11-20", { count: 1, medianSeconds: 7200, p90Seconds: 7200 }],
    },
    {
      name: "is dated on the day the gate opened",
      events: [held("2026-11-19T23:00:00Z"), open("2026-11-20T01:00:00Z")],
      totals: { count: 1, medianSeconds: 7200, p90Seconds: 7200 },
      day: ["2026-11-19", { count: 0, medianSeconds: null, p90Seconds: null }],
    },
    {
      name: "ignores a head opened by an override",
      events: [held("2026-11-20T10:00:00Z"), override({ at: "2026-11-20T11:00:00Z" }), open("2026-11-20T11:05:00Z")],
      totals: { count: 0, medianSeconds: null, p90Seconds: null },
    },
    {
      name: "ignores a head that was never held, and a head still held",
      events: [open("2026-11-20T10:00:00Z", "h1"), held("2026-11-20T11:00:00Z", "h1"), open("2026-11-20T12:00:00Z", "h1"), held("2026-11-20T10:00:00Z", "h2")],
      totals: { count: 0, medianSeconds: null, p90Seconds: null },
    },
    {
      name: "counts only the first opening of a head, and each head on its own",
      events: [held("2026-11-20T10:00:00Z", "h1"), open("2026-11-20T10:10:00Z", "h1"), held("2026-11-20T10:20:00Z", "h1"), open("2026-11-20T12:00:00Z", "h1"),
        held("2026-11-20T12:30:00Z", "h2"), open("2026-11-20T13:00:00Z", "h2")],
      totals: { count: 2, medianSeconds: 600, p90Seconds: 1800 },
    },
    {
      name: "measures from a first evaluation before the window when the gate opened inside it",
      events: [held("2026-10-20T00:00:00Z"), open("2026-10-24T00:00:00Z")],
      totals: { count: 1, medianSeconds: 4 * 86_400, p90Seconds: 4 * 86_400 },
    },
    {
      name: "leaves out gates opened before the window",
      events: [held("2026-10-20T00:00:00Z"), open("2026-10-21T00:00:00Z")],
      totals: { count: 0, medianSeconds: null, p90Seconds: null },
    },
    {
      name: "counts shadow mode by whether enforce mode would block",
      events: [evaluation({ at: "2026-11-20T10:00:00Z", conclusion: "success", mode: "shadow", wouldBlock: true }),
        evaluation({ at: "2026-11-20T10:30:00Z", conclusion: "success", mode: "shadow", wouldBlock: false })],
      totals: { count: 1, medianSeconds: 1800, p90Seconds: 1800 },
    },
    {
      name: "reports nearest-rank median and p90",
      events: Array.from({ length: 10 }, (_, i) => [held("2026-11-20T10:00:00Z", `h${i}`), open(`2026-11-20T10:${String(i + 1).padStart(2, "0")}:00Z`, `h${i}`)]).flat(),
      totals: { count: 10, medianSeconds: 300, p90Seconds: 540 },
    },
  ];

  it.each(cases)("$name", ({ events, totals, day }) => {
    const summary = summarize(...events);
    expect(summary.totals.timeToApproval).toEqual(totals);
    if (day !== undefined) expect(summary.daily.find((b) => b.date === day[0])?.timeToApproval).toEqual(day[1]);
  });
});
