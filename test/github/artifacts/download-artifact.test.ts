import nock from "nock";
import { describe, expect, it } from "vitest";
import { downloadArtifact } from "../../../src/github/artifacts/index.js";
import { GitHubError } from "../../../src/github/index.js";
import { apiScope, OWNER, R, REPO, TOKEN, testClient } from "../support/client.js";
import { planZip, serveZip, sha256, STORAGE } from "./support/actions.js";

const MIB = 1024 * 1024;
const zip = planZip();
const base = { client: testClient(), owner: OWNER, repo: REPO, artifactId: 42 };

describe("downloadArtifact", () => {
  it("follows GitHub's 302 to the storage host, without sending the token there, and checks the digest", async () => {
    const { scope, count } = apiScope();
    const seen: Record<string, unknown>[] = [];
    const storage = serveZip(scope, 42, zip, seen);
    const result = await downloadArtifact({ ...base, client: testClient(), maxBytes: MIB, sizeInBytes: zip.length, digest: `sha256:${sha256(zip)}` });
    expect(count()).toBe(1);
    expect(storage.isDone()).toBe(true);
    expect(result).toEqual({ ok: true, bytes: zip, sha256: sha256(zip) });
    expect(JSON.stringify(seen)).not.toContain(TOKEN);
    expect(seen[0]).not.toHaveProperty("authorization");
  });

  it("refuses an artifact listed over the limit without any request", async () => {
    const { count } = apiScope();
    const result = await downloadArtifact({ ...base, maxBytes: 50 * MIB, sizeInBytes: 3 * 1024 * MIB });
    expect(count()).toBe(0);
    expect(result).toEqual({ ok: false, code: "artifact.too-large", message: "it is 3 GiB, over the 50 MiB download limit; it was not downloaded" });
  });

  it("stops reading when more bytes arrive than the limit, whatever the listing said", async () => {
    const { scope } = apiScope();
    const big = new Uint8Array(3 * MIB).fill(7);
    scope.get(`${R}/actions/artifacts/42/zip`).reply(302, "", { location: `${STORAGE}/big.zip` });
    nock(STORAGE).get("/big.zip").reply(200, () => Buffer.from(big), { "content-type": "application/zip" });
    const result = await downloadArtifact({ ...base, maxBytes: MIB, sizeInBytes: 2048 });
    expect(result).toEqual({ ok: false, code: "artifact.too-large", message: "more than 1 MiB arrived, over the download limit (its listed size was wrong)" });
  });

  it("refuses bytes whose SHA-256 differs from the digest GitHub recorded", async () => {
    const { scope } = apiScope();
    serveZip(scope, 42, zip);
    const recorded = "0".repeat(64);
    const result = await downloadArtifact({ ...base, maxBytes: MIB, digest: `sha256:${recorded}` });
    expect(result).toEqual({
      ok: false,
      code: "artifact.digest-mismatch",
      message: `the downloaded bytes have SHA-256 ${sha256(zip).slice(0, 12)}…, not the 000000000000… GitHub recorded at upload: it was altered or damaged`,
    });
  });

  it("reports an expired or deleted artifact (404, 410) as gone", async () => {
    for (const status of [404, 410]) {
      const { scope } = apiScope();
      scope.get(`${R}/actions/artifacts/42/zip`).reply(status, { message: "Artifact has expired" });
      const result = await downloadArtifact({ ...base, maxBytes: MIB });
      expect(result).toEqual({ ok: false, code: "artifact.gone", message: "GitHub no longer has it (expired or deleted); re-run the plan workflow" });
    }
  });

  it("throws a GitHubError for other failures, without the token or the signed URL", async () => {
    const { scope } = apiScope();
    scope.get(`${R}/actions/artifacts/42/zip`).reply(302, "", { location: `${STORAGE}/x.zip?sig=c2VjcmV0` });
    nock(STORAGE).get("/x.zip").query(true).reply(503, "<Error>ServerBusy</Error>", { "content-type": "application/xml" });
    const error = await downloadArtifact({ ...base, maxBytes: MIB }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubError);
    expect((error as GitHubError).status).toBe(503);
    expect((error as GitHubError).message).toMatch(/^download artifact: 503 .*\(GET \/repos\/\{owner\}\/\{repo\}\/actions\/artifacts\/\{artifact_id\}\/\{archive_format\}\)$/);
    expect((error as GitHubError).message).not.toContain("c2VjcmV0");
    expect((error as GitHubError).message).not.toContain(TOKEN);
  });
});
