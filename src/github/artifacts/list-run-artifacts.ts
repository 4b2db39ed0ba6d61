import { z } from "zod";
import { callRest, hasNextPage } from "../call-rest.js";
import type { RepoRef } from "../github-client.js";
import { PER_PAGE } from "../paginate-rest.js";

const artifactSchema = z.object({
  id: z.number().int().positive(),
  name: z.string(),
  size_in_bytes: z.number().nonnegative(),
  expired: z.boolean(),
  digest: z.string().nullish(),
  workflow_run: z.object({ id: z.number().optional(), head_sha: z.string().optional() }).nullish(),
});

const pageSchema = z.object({ total_count: z.number(), artifacts: z.array(artifactSchema) });

/** One artifact of a run, as GitHub lists it. */
export interface PlanArtifact {
  id: number;
  name: string;
  sizeInBytes: number;
  expired: boolean;
  /** `sha256:<hex>` for artifacts uploaded with upload-artifact v4 or newer; undefined for older ones. */
  digest?: string;
  /** The head SHA of the run that uploaded it, when GitHub reports it. */
  headSha?: string;
}

/** Pages of artifacts read at most (100 each). */
export const MAX_ARTIFACT_PAGES = 5;

/**
 * `listRunArtifacts` lists the artifacts of run `runId` whose name starts with `prefix`:
 * `GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts`, 100 per page, sequentially (one request for up to 100
 * artifacts), at most 5 pages; `truncated` tells that more existed. Throws a GitHubError.
 */
export async function listRunArtifacts(params: RepoRef & { runId: number; prefix: string }): Promise<{ artifacts: PlanArtifact[]; truncated: boolean }> {
  const artifacts: PlanArtifact[] = [];
  for (let page = 1; page <= MAX_ARTIFACT_PAGES; page += 1) {
    const { data, headers } = await callRest({
      client: params.client,
      action: "list workflow run artifacts",
      route: "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts",
      params: { owner: params.owner, repo: params.repo, run_id: params.runId, per_page: PER_PAGE, page },
      schema: pageSchema,
    });
    for (const a of data.artifacts) if (a.name.startsWith(params.prefix)) artifacts.push(toPlanArtifact(a));
    if (!hasNextPage(headers) || data.artifacts.length === 0) return { artifacts, truncated: false };
  }
  return { artifacts, truncated: true };
}

function toPlanArtifact(a: z.infer<typeof artifactSchema>): PlanArtifact {
  const out: PlanArtifact = { id: a.id, name: a.name, sizeInBytes: a.size_in_bytes, expired: a.expired };
  if (a.digest) out.digest = a.digest;
  if (a.workflow_run?.head_sha) out.headSha = a.workflow_run.head_sha.toLowerCase();
  return out;
}
