import { describe, expect, it } from "vitest";
import { loadPlanArtifacts, type LoadPlanArtifactsParams } from "../../../src/github/artifacts/index.js";
import { realPlanText } from "../../ingest/artifacts/support/manifest.js";
import { patchCentral } from "../../ingest/artifacts/support/zip.js";
import { apiScope, OWNER, R, REPO, testClient } from "../support/client.js";
import { anArtifact, artifactsPage, aRun, HEAD_SHA, planZip, runsPage, serveZip, sha256, WORKFLOW } from "./support/actions.js";

const MIB = 1024 * 1024;
const runsPath = `${R}/actions/workflows/airlock-plan.yml/runs`;
const artifactsPath = `${R}/actions/runs/1001/artifacts`;

function params(overrides: Partial<LoadPlanArtifactsParams> = {}): LoadPlanArtifactsParams {
  return { client: testClient(), owner: OWNER, repo: REPO, headSha: HEAD_SHA, workflowPath: WORKFLOW, prefix: "airlock-plan", maxArtifactBytes: 50 * MIB, maxPlanBytes: 100 * MIB, ...overrides };
}

describe("loadPlanArtifacts", () => {
  it("reads the plans of the newest successful trusted run: 1 run search, 1 listing, 1 download per artifact", async () => {
    const { scope, paths } = apiScope();
    const prod = planZip();
    const staging = planZip({ root: "envs/staging", environment: "staging" }, "replace");
    scope.get(runsPath).query(true).reply(200, runsPage([aRun()]));
    scope.get(artifactsPath).query(true).reply(200, artifactsPage([
      anArtifact(1, "airlock-plan-envs-prod", prod),
      anArtifact(2, "coverage-report", prod),
      anArtifact(3, "airlock-plan-envs-staging", staging, { digest: null }),
    ]));
    serveZip(scope, 1, prod);
    serveZip(scope, 3, staging);
    const loaded = await loadPlanArtifacts(params());
    expect(paths).toHaveLength(4);
    expect(loaded.status).toBe("found");
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.run).toEqual({ id: 1001, headSha: HEAD_SHA, path: WORKFLOW, conclusion: "success" });
    expect(loaded.plans.map((p) => [p.name, p.environment, p.origin])).toEqual([
      ["envs/prod", "production", { artifact: "airlock-plan-envs-prod", workflow: WORKFLOW, runId: 1001, digest: `sha256:${sha256(prod)}` }],
      ["envs/staging", "staging", { artifact: "airlock-plan-envs-staging", workflow: WORKFLOW, runId: 1001, digest: `sha256:${sha256(staging)}` }],
    ]);
    expect(loaded.plans[1]!.plan).toEqual(JSON.parse(realPlanText("replace")));
  });

  it("uses the run a workflow_run event names when it is a trusted completed run for the head", async () => {
    const { scope, paths } = apiScope();
    const zip = planZip();
    scope.get(`${R}/actions/runs/1001`).query(true).reply(200, aRun());
    scope.get(artifactsPath).query(true).reply(200, artifactsPage([anArtifact(1, "airlock-plan-envs-prod", zip)]));
    serveZip(scope, 1, zip);
    const loaded = await loadPlanArtifacts(params({ runId: 1001 }));
    expect(paths.map((p) => p.split("?")[0])).toEqual([`GET ${R}/actions/runs/1001`, `GET ${artifactsPath}`, `GET ${R}/actions/artifacts/1/zip`]);
    expect(loaded.status).toBe("found");
    expect(loaded.plans).toHaveLength(1);
  });

  it("ignores a run of another workflow, even with plan-named artifacts, and looks for the trusted one", async () => {
    const { scope } = apiScope();
    scope.get(`${R}/actions/runs/666`).query(true).reply(200, aRun({ id: 666, path: ".github/workflows/agent.yml" }));
    scope.get(runsPath).query(true).reply(200, runsPage([]));
    const loaded = await loadPlanArtifacts(params({ runId: 666 }));
    expect(scope.isDone()).toBe(true);
    expect(loaded.status).toBe("missing");
    expect(loaded.plans).toEqual([]);
    expect(loaded.diagnostics.map((d) => [d.level, d.code, d.message])).toEqual([
      ["warning", "artifact.untrusted-workflow", `run 666 comes from .github/workflows/agent.yml, not the trusted plan workflow ${WORKFLOW}: its artifacts are ignored`],
      ["info", "artifact.no-run", `the plan workflow ${WORKFLOW} has not run for a1b2c3d yet`],
    ]);
  });

  it("falls back to the search when the named run no longer exists", async () => {
    const { scope } = apiScope();
    const zip = planZip();
    scope.get(`${R}/actions/runs/1000`).query(true).reply(404, { message: "Not Found" });
    scope.get(runsPath).query(true).reply(200, runsPage([aRun()]));
    scope.get(artifactsPath).query(true).reply(200, artifactsPage([anArtifact(1, "airlock-plan-envs-prod", zip)]));
    serveZip(scope, 1, zip);
    const loaded = await loadPlanArtifacts(params({ runId: 1000 }));
    expect(loaded.status).toBe("found");
    expect(loaded.run?.id).toBe(1001);
  });

  it("reports a failed run with an error and reads none of its artifacts", async () => {
    const { scope, count } = apiScope();
    scope.get(runsPath).query(true).reply(200, runsPage([aRun({ conclusion: "failure" })]));
    const loaded = await loadPlanArtifacts(params());
    expect(count()).toBe(1);
    expect(loaded.status).toBe("failed-run");
    expect(loaded.run?.conclusion).toBe("failure");
    expect(loaded.diagnostics).toEqual([{
      level: "error", file: WORKFLOW, code: "artifact.failed-run",
      message: "the plan workflow run 1001 for a1b2c3d ended with failure (https://github.com/Codertocat/Hello-World/actions/runs/1001), so there is no plan to read; fix it and re-run",
    }]);
  });

  it("is missing while the newest run is still going, even if an older one finished", async () => {
    const { scope } = apiScope();
    scope.get(runsPath).query(true).reply(200, runsPage([aRun({ id: 1 }), aRun({ id: 2, status: "in_progress", conclusion: null, created_at: "2026-11-21T11:30:00Z" })]));
    const loaded = await loadPlanArtifacts(params());
    expect(loaded.status).toBe("missing");
    expect(loaded.diagnostics.map((d) => d.message)).toEqual(["the plan workflow run 2 for a1b2c3d is in_progress; its plans are not ready yet"]);
  });

  it("is missing, with a warning, when the plan workflow does not exist", async () => {
    const { scope } = apiScope();
    scope.get(runsPath).query(true).reply(404, { message: "Not Found" });
    const loaded = await loadPlanArtifacts(params());
    expect(loaded.status).toBe("missing");
    expect(loaded.diagnostics.map((d) => [d.level, d.code])).toEqual([["warning", "artifact.no-workflow"]]);
  });

  it("is stale when the named run planned another commit and none planned the head", async () => {
    const { scope } = apiScope();
    scope.get(`${R}/actions/runs/1001`).query(true).reply(200, aRun({ head_sha: "b".repeat(40) }));
    scope.get(runsPath).query(true).reply(200, runsPage([]));
    const loaded = await loadPlanArtifacts(params({ runId: 1001 }));
    expect(loaded.status).toBe("stale");
    expect(loaded.diagnostics.map((d) => d.code)).toEqual(["artifact.stale-run"]);
  });

  it("is stale when a manifest in the trusted run names another commit", async () => {
    const { scope } = apiScope();
    const zip = planZip({ headSha: "c".repeat(40) });
    scope.get(runsPath).query(true).reply(200, runsPage([aRun()]));
    scope.get(artifactsPath).query(true).reply(200, artifactsPage([anArtifact(1, "airlock-plan-envs-prod", zip)]));
    serveZip(scope, 1, zip);
    const loaded = await loadPlanArtifacts(params());
    expect(loaded.status).toBe("stale");
    expect(loaded.plans).toEqual([]);
    expect(loaded.diagnostics.map((d) => d.code)).toEqual(["artifact.stale"]);
  });

  it("turns expired, oversized, tampered and zip-bomb artifacts into errors and still reads the good one", async () => {
    const { scope, paths } = apiScope();
    const good = planZip();
    const tampered = planZip({ root: "envs/dev" });
    const bomb = patchCentral(planZip({ root: "envs/bomb" }), "envs-prod/plan.json", { originalSize: 2 ** 31 });
    scope.get(runsPath).query(true).reply(200, runsPage([aRun()]));
    scope.get(artifactsPath).query(true).reply(200, artifactsPage([
      anArtifact(1, "airlock-plan-expired", good, { expired: true }),
      anArtifact(2, "airlock-plan-huge", good, { size_in_bytes: 60 * MIB }),
      anArtifact(3, "airlock-plan-tampered", tampered, { digest: `sha256:${sha256(good)}` }),
      anArtifact(4, "airlock-plan-envs-prod", good),
      anArtifact(5, "airlock-plan-bomb", bomb),
    ]));
    serveZip(scope, 3, tampered);
    serveZip(scope, 4, good);
    serveZip(scope, 5, bomb);
    const loaded = await loadPlanArtifacts(params());
    expect(paths.filter((p) => p.includes("/zip"))).toHaveLength(3);
    expect(loaded.status).toBe("found");
    expect(loaded.plans.map((p) => p.origin?.artifact)).toEqual(["airlock-plan-envs-prod"]);
    expect(loaded.diagnostics.map((d) => [d.level, d.file, d.code])).toEqual([
      ["error", "airlock-plan-expired", "artifact.gone"],
      ["error", "airlock-plan-huge", "artifact.too-large"],
      ["error", "airlock-plan-tampered", "artifact.digest-mismatch"],
      ["error", "airlock-plan-bomb", "artifact.too-large"],
    ]);
    expect(loaded.diagnostics[3]!.message).toBe("the entries of artifact airlock-plan-bomb declare 2 GiB in total, over the 200 MiB limit");
    expect(loaded.diagnostics[1]!.message).toBe("artifact airlock-plan-huge was not read: it is 60 MiB, over the 50 MiB download limit; it was not downloaded");
  });

  it("reports a root planned by two artifacts of the run as an error and keeps the first", async () => {
    const { scope } = apiScope();
    const a = planZip();
    const b = planZip({}, "replace");
    scope.get(runsPath).query(true).reply(200, runsPage([aRun()]));
    scope.get(artifactsPath).query(true).reply(200, artifactsPage([anArtifact(1, "airlock-plan-a", a), anArtifact(2, "airlock-plan-b", b)]));
    serveZip(scope, 1, a);
    serveZip(scope, 2, b);
    const loaded = await loadPlanArtifacts(params());
    expect(loaded.plans.map((p) => p.origin?.artifact)).toEqual(["airlock-plan-a"]);
    expect(loaded.diagnostics.map((d) => [d.file, d.code])).toEqual([["airlock-plan-b/envs-prod/airlock-manifest.json", "artifact.duplicate-root"]]);
  });
});
