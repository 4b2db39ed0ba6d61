import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Probot } from "probot";
import { fakeGitHub, HEAD_SHA, type Fault, type FakeState } from "../support/fake-github.js";
import { testApp } from "../support/test-app.js";
import { approvedDeletion, retryEvent, ROUTE, send, type Retry } from "./scenario.js";

/**
 * When Airlock cannot even write its failure check, the only safe move is to make the delivery fail: Probot
 * answers GitHub with an error, the delivery shows as failed and can be redelivered, and no run claims success.
 */
interface Row {
  name: string;
  faults: [string, Fault][];
  trigger: Retry;
  rejects: RegExp;
}

const ROWS: Row[] = [
  { name: "check-run create 500", faults: [[ROUTE.checkCreate, { status: 500, body: { message: "Server Error" } }]], trigger: "redelivery", rejects: /create check run: 500 Server Error \(POST \/repos\/\{owner\}\/\{repo\}\/check-runs\)/ },
  { name: "check-run create 502", faults: [[ROUTE.checkCreate, { status: 502, body: { message: "Bad Gateway" } }]], trigger: "rerequest", rejects: /create check run: 502 Bad Gateway/ },
  {
    name: "pulls.get 500 on `/airlock recheck` (a comment carries no head SHA to fail closed on)",
    faults: [[ROUTE.pull, { status: 500, body: { message: "Server Error" }, exact: true }]],
    trigger: "recheck",
    rejects: /get pull request: 500/,
  },
];

describe("a failure that leaves Airlock unable to write the check", () => {
  let probot: Probot;
  let state: FakeState;
  let github: ReturnType<typeof fakeGitHub>;

  beforeEach(async () => {
    probot = await testApp();
    state = approvedDeletion();
    github = fakeGitHub(state);
  });
  afterEach(() => github.stop());

  it.each(ROWS)("$name: the delivery fails, nothing claims success, and a redelivery recovers", async (row) => {
    for (const [route, fault] of row.faults) state.faults.set(route, fault);

    await expect(send(probot, "unwritable", retryEvent(state, row.trigger))).rejects.toThrow(row.rejects);
    expect(state.checkRuns).toHaveLength(0);
    expect(state.pr.labels).toEqual([]);
    expect(state.comments).toEqual([]);

    state.faults.clear();
    await send(probot, "redelivered", retryEvent(state, row.trigger));
    expect(state.checkRuns).toHaveLength(1);
    expect(github.latestCheck()).toMatchObject({ name: "Airlock", head_sha: HEAD_SHA, conclusion: "success" });
  });
});
