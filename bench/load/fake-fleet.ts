/**
 * `fakeFleet` serves a FleetState as api.github.com through nock, in this process: every REST method and
 * GraphQL go through one persistent interceptor per method that routes on the path. It counts requests and
 * keeps the first few requests it could not route (answered 404) for the report.
 */
import nock from "nock";
import { API } from "../../test/app/support/fake-github.js";
import { answerRequest } from "./fleet-routes.js";
import type { FleetState } from "./fleet-state.js";

/** A running fake: request counters and `stop()` to remove its interceptors. */
export interface FakeFleet {
  state: FleetState;
  counts: { requests: number; unrouted: number; failed: number };
  /** The first requests it could not route or whose handler threw (at most 20). */
  problems: string[];
  stop: () => void;
}

const METHODS = ["GET", "POST", "PATCH", "PUT", "DELETE"] as const;

/** `fakeFleet` starts serving `state`; only 127.0.0.1 may be reached for real while it runs. */
export function fakeFleet(state: FleetState): FakeFleet {
  nock.disableNetConnect();
  nock.enableNetConnect((host) => host.startsWith("127.0.0.1"));
  const fleet: FakeFleet = { state, counts: { requests: 0, unrouted: 0, failed: 0 }, problems: [], stop: () => undefined };
  const note = (problem: string) => {
    if (fleet.problems.length < 20) fleet.problems.push(problem);
  };
  const scope = nock(API).persist();
  for (const method of METHODS) {
    scope
      .intercept(/.*/, method)
      .query(true)
      .reply((uri: string, body: unknown) => {
        fleet.counts.requests += 1;
        try {
          const answer = answerRequest(state, method, uri, body);
          if (answer) return answer;
          fleet.counts.unrouted += 1;
          note(`${method} ${uri} (no route)`);
        } catch (error) {
          fleet.counts.failed += 1;
          note(`${method} ${uri}: ${error instanceof Error ? error.message : String(error)}`);
        }
        return [404, { message: "Not Found" }];
      });
  }
  fleet.stop = () => {
    scope.persist(false);
    nock.cleanAll();
  };
  return fleet;
}
