/**
 * `fakeFleet` serves a FleetState as the GitHub API over real HTTP: a plain `node:http` server on 127.0.0.1
 * (a free port) in the load generator's process, routing every REST method and GraphQL through the pure
 * router `answerRequest`. The app under test runs in another process with its Octokit's `baseUrl` pointed at
 * `url`, so the cost of answering GitHub requests is not charged to the app, as in production. It counts
 * requests and keeps the first few it could not route (answered 404) for the report.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { answerRequest } from "./fleet-routes.js";
import type { FleetState } from "./fleet-state.js";

/** A running fake: its base URL, request counters and `stop()` to close it. */
export interface FakeFleet {
  state: FleetState;
  /** The API base URL (`http://127.0.0.1:<port>`), to be used as Octokit's `baseUrl`. */
  url: string;
  counts: { requests: number; unrouted: number; failed: number };
  /** The first requests it could not route or whose handler threw (at most 20). */
  problems: string[];
  stop: () => Promise<void>;
}

/** `fakeFleet` starts serving `state` on a loopback port. */
export async function fakeFleet(state: FleetState): Promise<FakeFleet> {
  const counts = { requests: 0, unrouted: 0, failed: 0 };
  const problems: string[] = [];
  const note = (problem: string) => {
    if (problems.length < 20) problems.push(problem);
  };
  const answer = (method: string, uri: string, body: string): [number, unknown, Record<string, string>?] => {
    counts.requests += 1;
    try {
      const found = answerRequest(state, method, uri, body);
      if (found) return found;
      counts.unrouted += 1;
      note(`${method} ${uri} (no route)`);
    } catch (error) {
      counts.failed += 1;
      note(`${method} ${uri}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return [404, { message: "Not Found" }];
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const [status, body, headers] = answer(req.method ?? "GET", req.url ?? "/", Buffer.concat(chunks).toString("utf8"));
      const text = JSON.stringify(body);
      res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text), ...headers });
      res.end(text);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    state,
    url: `http://127.0.0.1:${port}`,
    counts,
    problems,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
