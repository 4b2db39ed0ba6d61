import { describe, expect, it } from "vitest";
import type { CheckAnnotation } from "../../../src/github/publish/check-run-output.js";
import { upsertCheckRun, type UpsertCheckRunParams } from "../../../src/github/publish/upsert-check-run.js";
import { apiScope, HEAD, OWNER, R, REPO, testClient } from "../support/client.js";
import { fixture } from "../support/fixtures.js";

const listPath = `${R}/commits/${HEAD}/check-runs`;
const listQuery = { check_name: "Airlock", filter: "latest", per_page: "100" };
const existing = fixture("check-runs-list").check_runs[0];

function params(overrides: Partial<UpsertCheckRunParams> = {}): UpsertCheckRunParams {
  return {
    client: testClient(), owner: OWNER, repo: REPO, headSha: HEAD, name: "Airlock",
    status: "completed", conclusion: "action_required",
    title: existing.output.title, summary: existing.output.summary,
    externalId: existing.external_id, detailsUrl: existing.details_url,
    ...overrides,
  } as UpsertCheckRunParams;
}

const annotations = (n: number): CheckAnnotation[] =>
  Array.from({ length: n }, (_, i) => ({ path: `envs/e${i}/main.tf`, startLine: i + 1, endLine: i + 1, level: "warning", message: `deletes resource ${i}` }));

describe("upsertCheckRun", () => {
  it("creates the run when none exists on the head SHA", async () => {
    const { scope } = apiScope();
    const bodies: any[] = [];
    scope
      .get(listPath).query(listQuery).reply(200, { total_count: 0, check_runs: [] })
      .post(`${R}/check-runs`, (b) => (bodies.push(b), true)).reply(201, { ...existing, id: 77 });
    const id = await upsertCheckRun(params({ text: "details" }));
    expect(scope.isDone()).toBe(true);
    expect(id).toBe(77);
    expect(bodies).toEqual([{
      name: "Airlock", head_sha: HEAD, status: "completed", conclusion: "action_required",
      external_id: existing.external_id, details_url: existing.details_url,
      output: { title: existing.output.title, summary: existing.output.summary, text: "details" },
    }]);
  });

  it("updates the existing run instead of creating a second one", async () => {
    const { scope, paths } = apiScope();
    const bodies: any[] = [];
    scope
      .get(listPath).query(listQuery).reply(200, fixture("check-runs-list"))
      .patch(`${R}/check-runs/4`, (b) => (bodies.push(b), true)).reply(200, { ...existing, conclusion: "success" });
    const id = await upsertCheckRun(params({ conclusion: "success", title: "All requirements met" }));
    expect(scope.isDone()).toBe(true);
    expect(id).toBe(4);
    expect(paths.filter((p) => p.startsWith("POST"))).toEqual([]);
    expect(bodies[0]).toMatchObject({ conclusion: "success", output: { title: "All requirements met" } });
    expect(bodies[0]).not.toHaveProperty("head_sha");
  });

  it("writes nothing when the found run already shows the same result (redelivery)", async () => {
    const { scope, count } = apiScope();
    scope.get(listPath).query(listQuery).reply(200, fixture("check-runs-list"));
    await expect(upsertCheckRun(params())).resolves.toBe(4);
    expect(scope.isDone()).toBe(true);
    expect(count()).toBe(1);
  });

  it("sends 60 annotations in two requests of at most 50", async () => {
    const { scope } = apiScope();
    const bodies: any[] = [];
    scope
      .get(listPath).query(listQuery).reply(200, { total_count: 0, check_runs: [] })
      .post(`${R}/check-runs`, (b) => (bodies.push(b), true)).reply(201, existing)
      .patch(`${R}/check-runs/4`, (b) => (bodies.push(b), true)).reply(200, existing);
    await upsertCheckRun(params({ annotations: annotations(60) }));
    expect(scope.isDone()).toBe(true);
    expect(bodies.map((b) => b.output.annotations.length)).toEqual([50, 10]);
    expect(bodies[1].output.annotations[0]).toEqual({ path: "envs/e50/main.tf", start_line: 51, end_line: 51, annotation_level: "warning", message: "deletes resource 50" });
    expect(bodies[1].output).toMatchObject({ title: existing.output.title, summary: existing.output.summary });
  });

  it("does not append annotations again to a run that already has them (GitHub would duplicate them)", async () => {
    const { scope } = apiScope();
    const bodies: any[] = [];
    const withAnnotations = { ...existing, output: { ...existing.output, annotations_count: 3 } };
    scope
      .get(listPath).query(listQuery).reply(200, { total_count: 1, check_runs: [withAnnotations] })
      .patch(`${R}/check-runs/4`, (b) => (bodies.push(b), true)).reply(200, withAnnotations);
    await upsertCheckRun(params({ conclusion: "success", annotations: annotations(3) }));
    expect(scope.isDone()).toBe(true);
    expect(bodies).toHaveLength(1);
    expect(bodies[0].output).not.toHaveProperty("annotations");
  });

  it("updates a known run id directly, in one request", async () => {
    const { scope, count } = apiScope();
    scope.patch(`${R}/check-runs/4`).reply(200, existing);
    await expect(upsertCheckRun(params({ knownCheckRunId: 4 }))).resolves.toBe(4);
    expect(scope.isDone()).toBe(true);
    expect(count()).toBe(1);
  });

  it("falls back to the lookup when the known run is gone", async () => {
    const { scope } = apiScope();
    scope
      .patch(`${R}/check-runs/3`).reply(404, { message: "Not Found" })
      .get(listPath).query(listQuery).reply(200, { total_count: 0, check_runs: [] })
      .post(`${R}/check-runs`).reply(201, { ...existing, id: 78 });
    await expect(upsertCheckRun(params({ knownCheckRunId: 3 }))).resolves.toBe(78);
    expect(scope.isDone()).toBe(true);
  });

  it("without lookups, creates a run it does not know, and one whose known id is gone", async () => {
    const { scope, paths } = apiScope();
    scope
      .post(`${R}/check-runs`).reply(201, { ...existing, id: 77 })
      .patch(`${R}/check-runs/3`).reply(404, { message: "Not Found" })
      .post(`${R}/check-runs`).reply(201, { ...existing, id: 78 });
    await expect(upsertCheckRun(params({ lookupExisting: false }))).resolves.toBe(77);
    await expect(upsertCheckRun(params({ knownCheckRunId: 3, lookupExisting: false }))).resolves.toBe(78);
    expect(scope.isDone()).toBe(true);
    expect(paths.filter((p) => p.startsWith("GET"))).toEqual([]);
  });

  it("cuts the title to 255 characters and the summary and text to 65,535", async () => {
    const { scope } = apiScope();
    const bodies: any[] = [];
    scope
      .get(listPath).query(listQuery).reply(200, { total_count: 0, check_runs: [] })
      .post(`${R}/check-runs`, (b) => (bodies.push(b), true)).reply(201, existing);
    await upsertCheckRun(params({ title: "t".repeat(300), summary: "s".repeat(70_000), text: "x".repeat(70_000) }));
    expect(scope.isDone()).toBe(true);
    const { title, summary, text } = bodies[0].output;
    expect([title.length, summary.length, text.length]).toEqual([255, 65_535, 65_535]);
    expect(summary).toMatch(/truncated/);
  });
});
