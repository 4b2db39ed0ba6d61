import { describe, expect, it } from "vitest";
import { HEAD_SHA, type Fault } from "../support/fake-github.js";
import { retryEvent, ROUTE, send, type Retry, useScenario } from "./scenario.js";

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
  const t = useScenario();

  it.each(ROWS)("$name: the delivery fails, nothing claims success, and a redelivery recovers", async (row) => {
    for (const [route, fault] of row.faults) t.state.faults.set(route, fault);

    await expect(send(t.probot, "unwritable", retryEvent(t.state, row.trigger))).rejects.toThrow(row.rejects);
    expect(t.state.checkRuns).toHaveLength(0);
    expect(t.state.pr.labels).toEqual([]);
    expect(t.state.comments).toEqual([]);

    t.state.faults.clear();
    await send(t.probot, "redelivered", retryEvent(t.state, row.trigger));
    expect(t.state.checkRuns).toHaveLength(1);
    expect(t.github.latestCheck()).toMatchObject({ name: "Airlock", head_sha: HEAD_SHA, conclusion: "success" });
  });
});
