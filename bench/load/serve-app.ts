/**
 * `serveApp` runs a Probot app behind the real HTTP stack, as production does: Probot's `createNodeMiddleware`
 * on `http.createServer`, listening on 127.0.0.1 on a free port, verifying webhook signatures with `secret`.
 * Its Octokit talks to the GitHub API at `githubUrl` (the load test's fake, over real HTTP); retries and
 * throttling are off (the fake answers at once), and logging is at `fatal`. Runs in the app's own process
 * (see app-process.ts).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createNodeMiddleware, Probot, ProbotOctokit, type ApplicationFunction } from "probot";

/** A served app: its webhook URL and `close()`. */
export interface ServedApp {
  webhookUrl: string;
  close: () => Promise<void>;
}

/** The path GitHub posts webhooks to. */
export const WEBHOOKS_PATH = "/api/github/webhooks";

/** `serveApp` starts `app` on a loopback port. */
export async function serveApp(app: ApplicationFunction, secret: string, githubUrl: string): Promise<ServedApp> {
  process.env.APP_SLUG = "airlock-test";
  const Octokit = ProbotOctokit.defaults((o: any) => ({ ...o, baseUrl: githubUrl, retry: { enabled: false }, throttle: { enabled: false } }));
  const probot = new Probot({ githubToken: "test", secret, Octokit, baseUrl: githubUrl, logLevel: "fatal" });
  const middleware = await createNodeMiddleware(app, { probot, webhooksPath: WEBHOOKS_PATH });
  const server = http.createServer((req, res) => {
    void middleware(req, res, () => res.writeHead(404).end());
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    webhookUrl: `http://127.0.0.1:${port}${WEBHOOKS_PATH}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
