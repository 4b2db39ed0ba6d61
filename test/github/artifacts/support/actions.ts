import { createHash } from "node:crypto";
import nock from "nock";
import { aManifest, HEAD_SHA, realPlanText } from "../../../ingest/artifacts/support/manifest.js";
import { zipOf } from "../../../ingest/artifacts/support/zip.js";
import { API, R } from "../../support/client.js";

export { HEAD_SHA };

/** The trusted plan workflow of the tests (the config default). */
export const WORKFLOW = ".github/workflows/airlock-plan.yml";

/** Where GitHub redirects artifact downloads (an Azure blob host, as in production). */
export const STORAGE = "https://productionresultssa7.blob.core.windows.net";

/** `aRun` returns a workflow run object as GitHub lists it: a successful pull_request run of WORKFLOW for HEAD_SHA. */
export function aRun(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 1001,
    name: "airlock plan",
    path: WORKFLOW,
    head_branch: "copilot/fix-db",
    head_sha: HEAD_SHA,
    status: "completed",
    conclusion: "success",
    event: "pull_request",
    run_attempt: 1,
    head_repository: { id: 7, full_name: "Codertocat/Hello-World" },
    created_at: "2026-11-21T11:00:00Z",
    html_url: "https://github.com/Codertocat/Hello-World/actions/runs/1001",
    ...overrides,
  };
}

/** `runsPage` wraps runs in the body of `GET …/actions/workflows/{id}/runs`. */
export function runsPage(runs: unknown[]): { total_count: number; workflow_runs: unknown[] } {
  return { total_count: runs.length, workflow_runs: runs };
}

/** `anArtifact` returns an artifact object as GitHub lists it, for `bytes` (size and digest follow them). */
export function anArtifact(id: number, name: string, bytes: Uint8Array, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    node_id: `MDg6QXJ0aWZhY3Q${id}`,
    name,
    size_in_bytes: bytes.length,
    url: `${API}${R}/actions/artifacts/${id}`,
    archive_download_url: `${API}${R}/actions/artifacts/${id}/zip`,
    expired: false,
    digest: `sha256:${sha256(bytes)}`,
    created_at: "2026-11-21T11:05:00Z",
    expires_at: "2026-11-24T11:05:00Z",
    updated_at: "2026-11-21T11:05:00Z",
    workflow_run: { id: 1001, repository_id: 1, head_repository_id: 7, head_branch: "copilot/fix-db", head_sha: HEAD_SHA },
    ...overrides,
  };
}

/** `artifactsPage` wraps artifacts in the body of `GET …/actions/runs/{id}/artifacts`. */
export function artifactsPage(artifacts: unknown[]): { total_count: number; artifacts: unknown[] } {
  return { total_count: artifacts.length, artifacts };
}

/** `sha256` returns the lowercase hex SHA-256 of bytes. */
export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** `planZip` builds an artifact zip with one root folder holding a manifest and a real Terraform plan. */
export function planZip(manifest: Record<string, unknown> = {}, scenario = "basic"): Uint8Array {
  return zipOf({ "envs-prod/airlock-manifest.json": aManifest(manifest), "envs-prod/plan.json": realPlanText(scenario) });
}

/**
 * `serveZip` makes the API answer an artifact download with a 302 to STORAGE, and STORAGE answer with `bytes`;
 * `seenHeaders` collects the headers the storage host received.
 */
export function serveZip(api: nock.Scope, id: number, bytes: Uint8Array, seenHeaders: Record<string, unknown>[] = []): nock.Scope {
  api.get(`${R}/actions/artifacts/${id}/zip`).reply(302, "", { location: `${STORAGE}/actions-results/${id}/artifact.zip?sv=2025-01-05&sig=c2VjcmV0` });
  return nock(STORAGE)
    .get(`/actions-results/${id}/artifact.zip`)
    .query(true)
    .reply(function () {
      seenHeaders.push({ ...this.req.headers });
      return [200, Buffer.from(bytes), { "content-type": "application/zip", "content-length": String(bytes.length) }];
    });
}
