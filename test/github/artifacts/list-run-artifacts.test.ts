import { describe, expect, it } from "vitest";
import { listRunArtifacts } from "../../../src/github/artifacts/index.js";
import { apiScope, nextLink, OWNER, R, REPO, testClient } from "../support/client.js";
import { anArtifact, artifactsPage, HEAD_SHA } from "./support/actions.js";

const path = `${R}/actions/runs/1001/artifacts`;
const bytes = new Uint8Array([1, 2, 3]);

describe("listRunArtifacts", () => {
  it("reads every page and keeps the artifacts whose name starts with the prefix", async () => {
    const { scope, count } = apiScope();
    const first = Array.from({ length: 100 }, (_, i) => anArtifact(i + 1, i % 2 === 0 ? `airlock-plan-e${i}` : `coverage-${i}`, bytes));
    scope.get(path).query({ per_page: "100", page: "1" }).reply(200, artifactsPage(first), nextLink(path, 1, 2));
    scope.get(path).query({ per_page: "100", page: "2" }).reply(200, artifactsPage([anArtifact(500, "airlock-plan-last", bytes, { digest: null, workflow_run: null })]));
    const result = await listRunArtifacts({ client: testClient(), owner: OWNER, repo: REPO, runId: 1001, prefix: "airlock-plan" });
    expect(count()).toBe(2);
    expect(result.truncated).toBe(false);
    expect(result.artifacts).toHaveLength(51);
    expect(result.artifacts[0]).toEqual({ id: 1, name: "airlock-plan-e0", sizeInBytes: 3, expired: false, digest: anArtifact(1, "x", bytes).digest, headSha: HEAD_SHA });
    expect(result.artifacts[50]).toEqual({ id: 500, name: "airlock-plan-last", sizeInBytes: 3, expired: false });
  });
});
