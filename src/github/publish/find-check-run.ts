import { z } from "zod";
import { callRest } from "../call-rest.js";
import type { RepoRef } from "../github-client.js";

/** The fields of a check run object that Airlock reads. */
export const checkRunSchema = z.object({
  id: z.number(),
  name: z.string(),
  head_sha: z.string(),
  status: z.string(),
  conclusion: z.string().nullish(),
  external_id: z.string().nullish(),
  details_url: z.string().nullish(),
  output: z.object({
    title: z.string().nullish(),
    summary: z.string().nullish(),
    text: z.string().nullish(),
    annotations_count: z.number(),
  }),
});

/** A validated check run. */
export type GitHubCheckRun = z.infer<typeof checkRunSchema>;

const listSchema = z.object({ total_count: z.number(), check_runs: z.array(checkRunSchema) });

/**
 * `findCheckRun` returns the latest check run called `name` on `headSha`, or undefined, from
 * `GET /repos/{owner}/{repo}/commits/{ref}/check-runs?check_name=…&filter=latest` (one request).
 * `appId`, when given, restricts it to runs created by that GitHub App.
 */
export async function findCheckRun(params: RepoRef & { headSha: string; name: string; appId?: number | undefined }): Promise<GitHubCheckRun | undefined> {
  const query: Record<string, unknown> = { owner: params.owner, repo: params.repo, ref: params.headSha, check_name: params.name, filter: "latest", per_page: 100 };
  if (params.appId !== undefined) query.app_id = params.appId;
  const { data } = await callRest({
    client: params.client,
    action: "find check run",
    route: "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
    params: query,
    schema: listSchema,
  });
  return data.check_runs.find((run) => run.name === params.name && run.head_sha === params.headSha);
}
