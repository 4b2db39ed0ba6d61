import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createMetrics } from "../../../src/app/metrics/create-metrics.js";
import { parseMetrics, valueOf } from "./support/parse-metrics.js";
import { verdict } from "./support/verdicts.js";

let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serve(handler: ReturnType<typeof createMetrics>["handler"]): Promise<string> {
  server = http.createServer((req, res) => {
    void handler(req, res).then((handled) => {
      if (!handled) res.writeHead(404).end("fell through");
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("GET /metrics", () => {
  it("serves the recorded series in the Prometheus text format", async () => {
    const metrics = createMetrics({ repositories: ["acme/infra"] });
    metrics.recordEvaluation(verdict(), { durationMs: 250, repository: "acme/infra", pullNumber: 7 });
    metrics.recordEvaluation(verdict({ conclusion: "success" }), { durationMs: 150, repository: "acme/infra", pullNumber: 7 });
    metrics.recordOverride({ repository: "acme/infra" });
    const url = await serve(metrics.handler);
    const response = await fetch(`${url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(metrics.registry.contentType);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toContain("# TYPE airlock_evaluations_total counter");
    expect(text).toContain("# HELP airlock_approval_latency_seconds ");
    const s = parseMetrics(text);
    expect(valueOf(s, "airlock_evaluations_total", { conclusion: "action_required", mode: "enforce", repository: "acme/infra" })).toBe(1);
    expect(valueOf(s, "airlock_evaluations_total", { conclusion: "success", mode: "enforce", repository: "acme/infra" })).toBe(1);
    expect(valueOf(s, "airlock_blocked_total", { conclusion: "action_required", repository: "acme/infra" })).toBe(1);
    expect(valueOf(s, "airlock_overrides_total", { repository: "acme/infra" })).toBe(1);
    expect(valueOf(s, "airlock_infra_pull_requests_total", { author: "agent", agent: "copilot" })).toBe(1);
    expect(s.some((x) => Object.values(x.labels).includes("7"))).toBe(false);
  });

  it("answers 405 to other methods and lets other paths fall through", async () => {
    const url = await serve(createMetrics().handler);
    expect((await fetch(`${url}/metrics`, { method: "POST" })).status).toBe(405);
    expect(await (await fetch(`${url}/metricsx`)).text()).toBe("fell through");
    expect((await fetch(`${url}/metrics?x=1`)).status).toBe(200);
  });
});
