import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { dashboardHandler, type DashboardDeps } from "../../../src/app/dashboard/dashboard-handler.js";
import type { DashboardSummary } from "../../../src/report/dashboard/dashboard-summary.js";
import { evaluation, override, records } from "../../report/dashboard/support/audit-records.js";
import { memoryReader } from "./support/memory-reader.js";

const TOKEN = "s3cret-dashboard-token";
const NOW = new Date("2026-11-21T15:00:00Z");
const RECORDS = records(
  evaluation({ at: "2026-11-20T10:00:00Z", pullNumber: 1 }),
  evaluation({ at: "2026-11-20T10:00:00Z", pullNumber: 2, agent: null }),
  override({ at: "2026-11-21T09:00:00Z", reason: "<script>alert(1)</script>" }),
);

let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serve(deps: Partial<DashboardDeps>): Promise<string> {
  const handler = dashboardHandler({ reader: memoryReader(RECORDS), token: TOKEN, now: () => NOW, ...deps });
  server = http.createServer((req, res) => {
    void handler(req, res).then((handled) => {
      if (!handled) res.writeHead(404).end("fell through");
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("dashboardHandler: access", () => {
  it.each([undefined, "", "   "])("is disabled (404 with how to enable it) when the token is %j", async (token) => {
    const url = await serve({ token });
    for (const path of ["/dashboard", "/dashboard.json"]) {
      const response = await fetch(`${url}${path}?token=${encodeURIComponent(String(token))}`, { headers: { authorization: `Bearer ${String(token)}` } });
      expect(response.status).toBe(404);
      expect(await response.text()).toContain("set AIRLOCK_DASHBOARD_TOKEN");
    }
  });

  it.each([
    ["no token", {}, ""],
    ["a wrong bearer token", { authorization: "Bearer nope" }, ""],
    ["another scheme", { authorization: `Basic ${TOKEN}` }, ""],
    ["a wrong query token", {}, "?token=nope"],
    ["a prefix of the token", {}, `?token=${TOKEN.slice(0, -1)}`],
    ["a wrong header even with a right query token", { authorization: "Bearer nope" }, `?token=${TOKEN}`],
  ])("answers 401 to %s", async (_name, headers: Record<string, string>, query) => {
    const url = await serve({});
    for (const path of ["/dashboard", "/dashboard.json"]) {
      const response = await fetch(`${url}${path}${query}`, { headers });
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer /);
      expect(await response.text()).not.toContain("agent share");
    }
  });

  it.each([
    ["a bearer header", { authorization: `Bearer ${TOKEN}` }, ""],
    ["a bearer header, scheme in lower case", { authorization: `bearer ${TOKEN}` }, ""],
    ["the token query parameter", {}, `?token=${TOKEN}`],
  ])("serves the page with %s", async (_name, headers: Record<string, string>, query) => {
    const url = await serve({});
    const response = await fetch(`${url}/dashboard${query}`, { headers });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const html = await response.text();
    expect(html).toContain('<svg id="chart-share"');
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script");
  });

  it("answers 405 to other methods and lets other paths fall through", async () => {
    const url = await serve({});
    const post = await fetch(`${url}/dashboard?token=${TOKEN}`, { method: "POST" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
    const other = await fetch(`${url}/dashboards?token=${TOKEN}`);
    expect(await other.text()).toBe("fell through");
  });
});

describe("dashboardHandler: data", () => {
  it("serves the summary as JSON, read from the window plus a week of history", async () => {
    const reader = memoryReader(RECORDS);
    const url = await serve({ reader });
    const response = await fetch(`${url}/dashboard.json`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const summary = (await response.json()) as DashboardSummary;
    expect(summary.from).toBe("2026-10-23T00:00:00.000Z");
    expect(summary.totals).toMatchObject({ infraPullRequests: 2, agentPullRequests: 1, agentShare: 0.5, overrides: 1 });
    expect(summary.recentOverrides[0]?.reason).toBe("<script>alert(1)</script>");
    expect(reader.queries).toEqual([{ kinds: ["evaluation", "override"], since: "2026-10-16T00:00:00.000Z", limit: 5000 }]);
  });

  it("answers 503 without details when the audit trail cannot be read, and logs the error", async () => {
    const log = { warn: vi.fn(), error: vi.fn() };
    const reader = { list: () => Promise.reject(new Error("connection refused to postgres://user:pw@db")) };
    const url = await serve({ reader, log });
    const response = await fetch(`${url}/dashboard`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(503);
    expect(await response.text()).not.toContain("postgres");
    expect(log.error).toHaveBeenCalledOnce();
  });

  it("honours a shorter window", async () => {
    const url = await serve({ days: 7 });
    const summary = (await (await fetch(`${url}/dashboard.json?token=${TOKEN}`)).json()) as DashboardSummary;
    expect(summary.daily).toHaveLength(7);
    expect(summary.from).toBe("2026-11-15T00:00:00.000Z");
  });
});
