import { isNotFound } from "../github-error.js";
import type { GitHubClient, GitHubResponse, RepoRef } from "../github-client.js";
import { toGitHubError } from "../to-github-error.js";
import { formatBytes } from "../../ingest/artifacts/index.js";
import { readBodyBytes } from "./read-body-bytes.js";

/** Inputs of downloadArtifact; `sizeInBytes` and `digest` come from the artifact listing when known. */
export interface DownloadArtifactParams extends RepoRef {
  artifactId: number;
  maxBytes: number;
  sizeInBytes?: number | undefined;
  /** GitHub's `sha256:<hex>` digest of the zip; when given, the bytes must match it. */
  digest?: string | undefined;
}

/** The zip bytes and their SHA-256, or why the artifact was not used (an `artifact.*` code and a sentence). */
export type DownloadedArtifact = { ok: true; bytes: Uint8Array; sha256: string } | { ok: false; code: string; message: string };

const ROUTE = "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}";
const SITE = { action: "download artifact", endpoint: ROUTE };

/**
 * `downloadArtifact` downloads an artifact zip: one API request, which GitHub answers with a 302 to a storage URL
 * that fetch follows. It refuses without a request when `sizeInBytes` is over `maxBytes`, stops reading once more
 * than `maxBytes` arrive (a size that lied), and checks the SHA-256 of the bytes against `digest`. A 404 or 410
 * (expired or deleted) and every refusal come back as `ok: false`; other failures throw a GitHubError.
 */
export async function downloadArtifact(params: DownloadArtifactParams): Promise<DownloadedArtifact> {
  const limit = formatBytes(params.maxBytes);
  if (params.sizeInBytes !== undefined && params.sizeInBytes > params.maxBytes) {
    return refuse("artifact.too-large", `it is ${formatBytes(params.sizeInBytes)}, over the ${limit} download limit; it was not downloaded`);
  }
  const response = await requestZip(params.client, params);
  if (response === undefined) return refuse("artifact.gone", "GitHub no longer has it (expired or deleted); re-run the plan workflow");
  const announced = Number(response.headers["content-length"]);
  if (Number.isFinite(announced) && announced > params.maxBytes) {
    await cancelBody(response.data);
    return refuse("artifact.too-large", `its download announces ${formatBytes(announced)}, over the ${limit} download limit`);
  }
  let body;
  try {
    body = await readBodyBytes(response.data, params.maxBytes);
  } catch (error) {
    throw toGitHubError(error, SITE);
  }
  if ("overLimit" in body) return refuse("artifact.too-large", `more than ${limit} arrived, over the download limit (its listed size was wrong)`);
  if ("unreadable" in body) return refuse("artifact.unreadable", body.unreadable);
  const mismatch = digestMismatch(params.digest, body.sha256);
  if (mismatch !== undefined) return refuse("artifact.digest-mismatch", mismatch);
  return { ok: true, bytes: body.bytes, sha256: body.sha256 };
}

async function requestZip(client: GitHubClient, params: DownloadArtifactParams): Promise<GitHubResponse | undefined> {
  try {
    return await client.request(ROUTE, {
      owner: params.owner,
      repo: params.repo,
      artifact_id: params.artifactId,
      archive_format: "zip",
      request: { parseSuccessResponseBody: false },
    });
  } catch (error) {
    const failure = toGitHubError(error, SITE);
    if (isNotFound(failure) || failure.status === 410) return undefined;
    throw failure;
  }
}

function digestMismatch(digest: string | undefined, sha256: string): string | undefined {
  if (digest === undefined) return undefined;
  const match = /^sha256:([0-9a-f]{64})$/i.exec(digest);
  if (match?.[1] === undefined) return "GitHub reports its digest in a form Airlock cannot check";
  if (match[1].toLowerCase() === sha256) return undefined;
  return `the downloaded bytes have SHA-256 ${sha256.slice(0, 12)}…, not the ${match[1].slice(0, 12).toLowerCase()}… GitHub recorded at upload: it was altered or damaged`;
}

async function cancelBody(body: unknown): Promise<void> {
  const cancel = (body as { cancel?: () => Promise<void> } | null)?.cancel;
  if (typeof cancel === "function") await cancel.call(body).catch(() => undefined);
}

function refuse(code: string, message: string): DownloadedArtifact {
  return { ok: false, code, message };
}
