import { describe, expect, it } from "vitest";
import { planLabelSync } from "../../../src/github/publish/plan-label-sync.js";
import { syncLabels, type SyncLabelsParams } from "../../../src/github/publish/sync-labels.js";
import { apiScope, OWNER, R, REPO, testClient } from "../support/client.js";
import { fixture } from "../support/fixtures.js";

const labelsPath = `${R}/issues/2/labels`;
const labelResponse = (names: string[]) => names.map((name) => ({ ...fixture<any[]>("issue-labels-added")[2], name }));

function params(current: string[], desired: string[]): SyncLabelsParams {
  return { client: testClient(), owner: OWNER, repo: REPO, issueNumber: 2, current, desired, namespace: "airlock/" };
}

describe("syncLabels", () => {
  it("adds missing labels in one request and removes only stale labels in its namespace", async () => {
    const { scope, paths } = apiScope();
    const added: unknown[] = [];
    scope
      .post(labelsPath, (b) => (added.push(b), true)).reply(200, labelResponse(["bug", "airlock/agent", "airlock/destructive:high"]))
      .delete(`${labelsPath}/airlock%2Fdestructive%3Alow`).reply(200, []);
    const result = await syncLabels(params(["bug", "Airlock/Agent", "airlock/destructive:low", "airlockish", "needs-review"], ["airlock/agent", "airlock/destructive:high"]));
    expect(scope.isDone()).toBe(true);
    expect(added).toEqual([{ labels: ["airlock/destructive:high"] }]);
    expect(result).toEqual({ added: ["airlock/destructive:high"], removed: ["airlock/destructive:low"], styled: [] });
    expect(paths).toHaveLength(2);
  });

  it("sends nothing when the labels are already in sync", async () => {
    const { count } = apiScope();
    const result = await syncLabels(params(["bug", "airlock/agent"], ["airlock/agent"]));
    expect(result).toEqual({ added: [], removed: [], styled: [] });
    expect(count()).toBe(0);
  });

  it("styles a label GitHub created implicitly (grey, no description) while adding it", async () => {
    const { scope } = apiScope();
    const styled: unknown[] = [];
    scope
      .post(labelsPath).reply(200, fixture("issue-labels-added"))
      .patch(`${R}/labels/airlock%2Fagent`, (b) => (styled.push(b), true)).reply(200, {});
    const result = await syncLabels(params(["bug"], ["airlock/agent", "airlock/destructive:high"]));
    expect(scope.isDone()).toBe(true);
    expect(styled).toEqual([{ color: "5319e7", description: "Authored by an AI coding agent, as detected by Airlock" }]);
    expect(result.styled).toEqual(["airlock/agent"]);
  });

  it("does not style again a label the repository is known to have styled", async () => {
    const { scope, paths } = apiScope();
    scope.post(labelsPath).reply(200, fixture("issue-labels-added"));
    const result = await syncLabels({ ...params(["bug"], ["airlock/agent", "airlock/destructive:high"]), styled: new Set(["airlock/agent"]) });
    expect(scope.isDone()).toBe(true);
    expect(paths).toHaveLength(1);
    expect(result.styled).toEqual([]);
  });

  it("ignores a 404 when removing a label someone already removed", async () => {
    const { scope } = apiScope();
    scope.delete(`${labelsPath}/airlock%2Ftamper`).reply(404, { message: "Label does not exist" });
    await expect(syncLabels(params(["airlock/tamper"], []))).resolves.toEqual({ added: [], removed: ["airlock/tamper"], styled: [] });
    expect(scope.isDone()).toBe(true);
  });

  it("creates the labels and retries once when adding fails with 422", async () => {
    const { scope } = apiScope();
    const created: unknown[] = [];
    scope
      .post(labelsPath).reply(422, { message: "Validation Failed" })
      .post(`${R}/labels`, (b) => (created.push(b), true)).reply(201, {})
      .post(labelsPath).reply(200, labelResponse(["airlock/override"]));
    await syncLabels(params([], ["airlock/override"]));
    expect(scope.isDone()).toBe(true);
    expect(created).toEqual([{ name: "airlock/override", color: "1d76db", description: "The Airlock gate was overridden by an authorised human" }]);
  });

  it("refuses a label name longer than 50 characters before sending anything", async () => {
    const { count } = apiScope();
    await expect(syncLabels(params([], [`airlock/${"x".repeat(43)}`]))).rejects.toThrow(/51 characters; GitHub allows 1 to 50/);
    expect(count()).toBe(0);
  });
});

describe("planLabelSync", () => {
  it("refuses an empty namespace, which would claim every label", () => {
    expect(() => planLabelSync({ current: ["bug"], desired: [], namespace: " " })).toThrow(/namespace/);
  });

  it("adds a desired label once even when listed twice in different case", () => {
    expect(planLabelSync({ current: [], desired: ["airlock/agent", "AIRLOCK/agent"], namespace: "airlock/" })).toEqual({ add: ["airlock/agent"], remove: [] });
  });
});
