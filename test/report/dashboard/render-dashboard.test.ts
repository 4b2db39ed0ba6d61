import { describe, expect, it } from "vitest";
import { renderDashboard } from "../../../src/report/dashboard/render-dashboard.js";
import { summarizeAudit } from "../../../src/report/dashboard/summarize-audit.js";
import { evaluation, override, records } from "./support/audit-records.js";

const NOW = new Date("2026-11-21T15:00:00Z");
const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>';

function page(): string {
  return renderDashboard(summarizeAudit(records(
    evaluation({ at: "2026-11-19T10:00:00Z", pullNumber: 1 }),
    evaluation({ at: "2026-11-19T12:00:00Z", pullNumber: 1, conclusion: "success" }),
    evaluation({ at: "2026-11-20T10:00:00Z", pullNumber: 2, agent: null }),
    evaluation({ at: "2026-11-20T10:00:00Z", pullNumber: 3, agent: `evil"><svg onload=alert(1)>`, repository: `acme/<b>infra</b>`, missing: [HOSTILE] }),
    override({ at: "2026-11-21T09:00:00Z", pullNumber: 3, repository: `acme/<b>infra</b>`, login: "<i>dave</i>", reason: HOSTILE }),
  ), { now: NOW, days: 30 }));
}

describe("renderDashboard", () => {
  it("escapes every value from the audit trail, so hostile text stays text", () => {
    const html = page();
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<svg onload/i);
    expect(html).not.toMatch(/<b>|<i>/);
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("acme/&lt;b&gt;infra&lt;/b&gt;#3");
    expect(html).toContain("evil&quot;&gt;&lt;svg onload=alert(1)&gt;");
    expect(html).toContain("&lt;i&gt;dave&lt;/i&gt;");
  });

  it("is self-contained: no script, stylesheet link, image, frame or remote URL", () => {
    const html = page();
    expect(html).not.toMatch(/<(script|link|img|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/<[a-z][^>]*\s(src|href|xlink:href)=/i);
    expect(html.replaceAll('xmlns="http://www.w3.org/2000/svg"', "")).not.toMatch(/https?:\/\//);
  });

  it("draws the four charts as inline SVG with one bar segment per non-zero value", () => {
    const html = page();
    for (const id of ["chart-share", "chart-decisions", "chart-overrides", "chart-approval"]) expect(html).toContain(`<svg id="${id}"`);
    const agentBars = [...html.matchAll(/<rect class="bar bar-agent" data-date="([\d-]+)" data-value="(\d+)"/g)].map((m) => [m[1], m[2]]);
    expect(agentBars).toEqual([["2026-11-19", "1"], ["2026-11-20", "1"]]);
    const humanBars = [...html.matchAll(/<rect class="bar bar-human" data-date="([\d-]+)" data-value="(\d+)"/g)].map((m) => [m[1], m[2]]);
    expect(humanBars).toEqual([["2026-11-20", "1"]]);
    expect(html).toMatch(/<rect class="bar bar-overrides" data-date="2026-11-21" data-value="1"/);
    expect(html).toMatch(/<circle class="point point-median" data-date="2026-11-19" data-value="2"/);
  });

  it("shows the window totals in the tiles", () => {
    const html = page();
    expect(html).toMatch(/id="tile-agent-share"><div class="value">67%</);
    expect(html).toMatch(/id="tile-infra-prs"><div class="value">3</);
    expect(html).toMatch(/id="tile-blocked"><div class="value">2</);
    expect(html).toMatch(/id="tile-approved"><div class="value">1</);
    expect(html).toMatch(/id="tile-overrides"><div class="value">1</);
    expect(html).toMatch(/id="tile-approval-median"><div class="value">2\.0h</);
  });

  it("says so when a period has no data", () => {
    const html = renderDashboard(summarizeAudit([], { now: NOW, days: 7 }));
    expect(html.match(/no data in this period/g)).toHaveLength(4);
    expect(html).toContain("No overrides in this period.");
    expect(html).toContain("No blocked pull requests in this period.");
    expect(html).toContain("No agent-authored infrastructure PRs in this period.");
  });
});
