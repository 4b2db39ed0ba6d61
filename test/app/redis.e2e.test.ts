import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Probot, ProbotOctokit } from "probot";
import { createAirlock } from "../../src/app/index.js";
import { fakeGitHub, initialState, pullRequestEvent } from "./support/fake-github.js";
import { tempAuditStore } from "./support/test-app.js";

// Several replicas share GitHub request throttling through Redis (REDIS_URL): Probot hands it to Bottleneck.
// This starts a real redis-server on loopback; without the binary it skips locally and fails under CI=true.
const hasRedis = spawnSync("redis-server", ["--version"]).status === 0;
const port = 20000 + (process.pid % 20000);

describe.runIf(hasRedis || process.env["CI"] === "true")("replicas sharing Redis for request throttling", () => {
  let server: ChildProcess | undefined;
  const url = `redis://127.0.0.1:${port}`;

  beforeAll(async () => {
    if (!hasRedis) throw new Error("redis-server is not installed: .ci/run must install it (apt-get install -y redis-server)");
    const dir = mkdtempSync(path.join(tmpdir(), "airlock-redis-"));
    server = spawn("redis-server", ["--bind", "127.0.0.1", "--port", String(port), "--save", "", "--appendonly", "no", "--dir", dir], { stdio: "ignore" });
    // ioredis queues the ping and reconnects until the server listens.
    const probe = new Redis(url, { retryStrategy: (n) => (n > 100 ? null : 50) });
    probe.on("error", () => undefined);
    await probe.ping();
    probe.disconnect();
  });
  afterAll(() => {
    server?.kill();
  });

  it("evaluates a PR with Probot's throttling backed by Redis", async () => {
    process.env.APP_SLUG = "airlock-test";
    const Octokit = ProbotOctokit.defaults((o: any) => ({ ...o, retry: { enabled: false } }));
    const probot = new Probot({ githubToken: "test", Octokit, logLevel: "fatal", redisConfig: url });
    await probot.load(createAirlock({ store: await tempAuditStore() }), { cwd: process.cwd(), addHandler: () => {} });
    const state = initialState({ files: [{ filename: "envs/dev/main.tf", status: "added", base: null, head: 'resource "aws_sqs_queue" "q" {\n  name = "q"\n}\n' }] });
    const github = fakeGitHub(state);
    try {
      await probot.receive({ id: "redis-1", name: "pull_request", payload: { ...pullRequestEvent("opened"), pull_request: state.pr } as any });
      expect(state.checkRuns).toHaveLength(1);
      const client = new Redis(url);
      const keys = await client.keys("b_*");
      client.disconnect();
      expect(keys.length).toBeGreaterThan(0);
    } finally {
      github.stop();
    }
  });
});
