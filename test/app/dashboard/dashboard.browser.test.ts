import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dashboardHandler } from "../../../src/app/dashboard/dashboard-handler.js";
import { REASONS, realisticRecords } from "./support/realistic-records.js";
import { memoryReader } from "./support/memory-reader.js";

const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-gpu", "--disable-component-update", "--disable-sync", "--no-first-run"];
const TOKEN = "browser-test-token";
const NOW = new Date("2026-11-21T15:00:00Z");
const available = existsSync(CHROMIUM);

// Skipped on a machine without Chromium, but under CI=true a missing browser fails the run.
describe.skipIf(!available && process.env.CI !== "true")("the dashboard in headless Chromium", () => {
  const { records, expected } = realisticRecords(NOW);
  let server: http.Server;
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    if (!available) throw new Error(`${CHROMIUM} is missing: install Debian's chromium package (CI must)`);
    const handler = dashboardHandler({ reader: memoryReader(records), token: TOKEN, now: () => NOW });
    server = http.createServer((req, res) => {
      void handler(req, res).then((handled) => {
        if (!handled) res.writeHead(404).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

  it("renders the charts, the numbers and the override reasons as text, from the page alone", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    page.on("console", (message) => (message.type() === "error" ? errors.push(message.text()) : undefined));
    page.on("pageerror", (error) => errors.push(error.message));

    const response = await page.goto(`${url}/dashboard?token=${TOKEN}`, { waitUntil: "load" });
    expect(response?.status()).toBe(200);

    const total = expected.agentPullRequests + expected.humanPullRequests;
    expect(await page.locator("#tile-infra-prs .value").textContent()).toBe(String(total));
    expect(await page.locator("#tile-agent-share .value").textContent()).toBe(`${Math.round((expected.agentPullRequests / total) * 100)}%`);
    expect(await page.locator("#tile-overrides .value").textContent()).toBe(String(expected.overrides));
    expect(await page.locator("#tile-approval-median .value").textContent()).toMatch(/^\d+(\.\d)?[smhd]$/);

    expect(await page.locator("svg.chart").count()).toBe(4);
    expect(await page.locator("#chart-share rect.bar-agent").count()).toBe(30);
    expect(await page.locator("#chart-overrides rect.bar").count()).toBe(expected.daysWithOverrides);
    expect(await page.locator("#chart-decisions rect.bar-approved").count()).toBeGreaterThan(20);
    expect(await page.locator("#chart-decisions rect.bar-overridden").count()).toBe(expected.daysWithOverrides);
    expect(await page.locator("#chart-approval circle.point-median").count()).toBeGreaterThan(20);
    const box = await page.locator("#chart-share").boundingBox();
    expect(box?.width).toBeGreaterThan(400);
    expect(box?.height).toBeGreaterThan(100);
    const agentFill = await page.locator("#chart-share rect.bar-agent").first().evaluate((el) => getComputedStyle(el).fill);
    expect(agentFill).toBe("rgb(130, 80, 223)");

    const overrides = await page.locator("#overrides-table").innerText();
    expect(overrides).toContain(REASONS[1]);
    expect(overrides).toContain(REASONS[3]);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.evaluate(() => document.scripts.length + document.images.length)).toBe(0);
    expect(await page.locator("#blocked-table tbody tr").count()).toBeGreaterThan(0);

    expect(requests.filter((r) => !r.endsWith("/favicon.ico"))).toEqual([`${url}/dashboard?token=${TOKEN}`]);
    expect(errors.filter((e) => !e.includes("favicon"))).toEqual([]);

    const dir = process.env.AIRLOCK_SCREENSHOT_DIR ?? (await mkdtemp(join(tmpdir(), "airlock-dashboard-")));
    await mkdir(dir, { recursive: true });
    const path = join(dir, "dashboard.png");
    await page.screenshot({ path, fullPage: true });
    const png = await readFile(path);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBe(1280);
    expect(png.length).toBeGreaterThan(20_000);
    await page.close();
  });

  it("refuses the page without the token", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${url}/dashboard`);
    expect(response?.status()).toBe(401);
    expect(await page.locator("svg").count()).toBe(0);
    await page.close();
  });
});
