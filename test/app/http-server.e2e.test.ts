import { createHmac } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNodeMiddleware, Probot, ProbotOctokit } from "probot";
import { createAirlock } from "../../src/app/index.js";
import { tempAuditStore } from "./support/test-app.js";
import { fakeGitHub, initialState, pullRequestEvent } from "./support/fake-github.js";

const SECRET = "webhook-secret-for-tests";

describe("the real HTTP server", () => {
  let server: http.Server;
  let url: string;

  beforeAll(async () => {
    process.env.APP_SLUG = "airlock-test";
    const TestOctokit = ProbotOctokit.defaults((o: any) => ({ ...o, retry: { enabled: false }, throttle: { enabled: false } }));
    const probot = new Probot({ githubToken: "test", secret: SECRET, Octokit: TestOctokit, logLevel: "fatal" });
    const middleware = await createNodeMiddleware(createAirlock({ store: await tempAuditStore() }), { probot, webhooksPath: "/api/github/webhooks" });
    server = http.createServer((req, res) => {
      void middleware(req, res, () => res.writeHead(404).end());
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  async function post(body: string, signature: string): Promise<number> {
    const response = await fetch(`${url}/api/github/webhooks`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-github-event": "pull_request", "x-github-delivery": `d-${Date.now()}`, "x-hub-signature-256": signature },
      body,
    });
    return response.status;
  }

  it("processes a signed webhook: the check run is written before the response", async () => {
    const state = initialState({ files: [{ filename: "envs/prod/main.tf", status: "added", base: null, head: 'resource "aws_s3_bucket" "logs" {\n  bucket = "acme-logs"\n}\n' }] });
    const github = fakeGitHub(state);
    try {
      const body = JSON.stringify({ ...pullRequestEvent("opened"), pull_request: state.pr });
      const status = await post(body, `sha256=${createHmac("sha256", SECRET).update(body).digest("hex")}`);
      expect(status).toBe(200);
      expect(state.checkRuns).toHaveLength(1);
      expect(state.checkRuns[0]!.conclusion).toBe("action_required");
    } finally {
      github.stop();
    }
  });

  it("rejects a wrong signature and processes nothing", async () => {
    const state = initialState();
    const github = fakeGitHub(state);
    try {
      const body = JSON.stringify({ ...pullRequestEvent("opened"), pull_request: state.pr });
      const status = await post(body, `sha256=${createHmac("sha256", "not-the-secret").update(body).digest("hex")}`);
      expect(status).toBe(400);
      expect(github.requests).toEqual([]);
      expect(state.checkRuns).toHaveLength(0);
    } finally {
      github.stop();
    }
  });

  it("answers /healthz", async () => {
    const response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });
});
