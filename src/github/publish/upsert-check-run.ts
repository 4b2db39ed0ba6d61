import { callRest } from "../call-rest.js";
import type { RepoRef } from "../github-client.js";
import { isNotFound } from "../github-error.js";
import { chunk } from "../chunk.js";
import { CHECK_RUN_LIMITS, toCheckRunOutput, toGitHubAnnotation, type CheckAnnotation, type CheckRunOutput, type GitHubAnnotation } from "./check-run-output.js";
import { checkRunSchema, findCheckRun, type GitHubCheckRun } from "./find-check-run.js";

/** Conclusions Airlock publishes. `neutral` and `skipped` are left out on purpose: GitHub counts them as passing. */
export type CheckConclusion = "success" | "action_required" | "failure" | "cancelled" | "timed_out";

/** A run is either still going, without conclusion, or completed with one. */
export type CheckRunState = { status: "queued" | "in_progress"; conclusion?: undefined } | { status: "completed"; conclusion: CheckConclusion };

/** Inputs of upsertCheckRun. */
export type UpsertCheckRunParams = RepoRef &
  CheckRunState & {
    headSha: string;
    /** The check name repos make required (`Airlock`). */
    name: string;
    title: string;
    summary: string;
    text?: string | undefined;
    annotations?: readonly CheckAnnotation[] | undefined;
    /** Ties the run to Airlock's own records (e.g. the evaluation id). */
    externalId: string;
    detailsUrl?: string | undefined;
    /** A run id remembered from an earlier publish on this same head SHA; saves the lookup. */
    knownCheckRunId?: number | undefined;
    /** Only consider runs created by this GitHub App when looking one up. */
    appId?: number | undefined;
    /**
     * Look the run up by name on the head SHA when no known run can be updated (default true). False creates a
     * run directly instead: callers that remember run ids save the lookup, and a duplicate after a lost memory is
     * cosmetic, since GitHub's required-check logic reads the latest run of a name on a commit.
     */
    lookupExisting?: boolean | undefined;
  };

interface Desired {
  fields: Record<string, unknown>;
  output: CheckRunOutput;
  annotations: GitHubAnnotation[];
}

const ROUTE_UPDATE = "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}";

/**
 * `upsertCheckRun` publishes the run called `name` on `headSha` and returns its id. It updates `knownCheckRunId`
 * directly (falling back to a lookup on 404 or when that run is on another commit), else the run found by name
 * on the head SHA, else creates one: redeliveries never add a second run, and a lookup that finds the run already
 * as desired writes nothing. Output is cut to GitHub's limits; annotations go 50 per request (create, then updates).
 * GitHub appends annotations on every update and cannot delete them, so annotations are only sent to a run that
 * has none yet: they describe the head commit's files, which do not change for the same SHA. With
 * `lookupExisting: false` there is no lookup: an unknown run, or a known one that is gone (404) or on another
 * commit, is created.
 */
export async function upsertCheckRun(params: UpsertCheckRunParams): Promise<number> {
  const desired = toDesired(params);
  if (params.knownCheckRunId !== undefined) {
    const run = await updateKnownRun(params, params.knownCheckRunId, desired);
    if (run) {
      await appendAnnotations(params, run.id, desired, run.output.annotations_count === 0 ? desired.annotations : []);
      return run.id;
    }
  }
  const existing = params.lookupExisting === false ? undefined : await findCheckRun(params);
  if (existing) {
    if (isUnchanged(existing, desired)) return existing.id;
    const [first = [], ...rest] = chunk(existing.output.annotations_count === 0 ? desired.annotations : [], CHECK_RUN_LIMITS.annotationsPerRequest);
    await writeRun(params, "update check run", ROUTE_UPDATE, { check_run_id: existing.id, ...desired.fields }, desired.output, first);
    await appendAnnotations(params, existing.id, desired, rest.flat());
    return existing.id;
  }
  const [first = [], ...rest] = chunk(desired.annotations, CHECK_RUN_LIMITS.annotationsPerRequest);
  const created = await writeRun(params, "create check run", "POST /repos/{owner}/{repo}/check-runs", { head_sha: params.headSha, ...desired.fields }, desired.output, first);
  await appendAnnotations(params, created.id, desired, rest.flat());
  return created.id;
}

function toDesired(params: UpsertCheckRunParams): Desired {
  const fields: Record<string, unknown> = { name: params.name, status: params.status, external_id: params.externalId };
  if (params.conclusion !== undefined) fields.conclusion = params.conclusion;
  if (params.detailsUrl !== undefined) fields.details_url = params.detailsUrl;
  return { fields, output: toCheckRunOutput(params), annotations: (params.annotations ?? []).map(toGitHubAnnotation) };
}

/** `isUnchanged` tells whether a found run already shows exactly what would be written. */
function isUnchanged(run: GitHubCheckRun, desired: Desired): boolean {
  const f = desired.fields;
  return (
    run.status === f.status &&
    (run.conclusion ?? undefined) === f.conclusion &&
    (run.external_id ?? "") === f.external_id &&
    (f.details_url === undefined || run.details_url === f.details_url) &&
    run.output.title === desired.output.title &&
    run.output.summary === desired.output.summary &&
    (run.output.text ?? "") === (desired.output.text ?? "") &&
    (desired.annotations.length === 0 || run.output.annotations_count > 0)
  );
}

async function updateKnownRun(params: UpsertCheckRunParams, id: number, desired: Desired): Promise<GitHubCheckRun | undefined> {
  try {
    const run = await writeRun(params, "update check run", ROUTE_UPDATE, { check_run_id: id, ...desired.fields }, desired.output, []);
    return run.head_sha === params.headSha ? run : undefined;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

async function appendAnnotations(params: UpsertCheckRunParams, id: number, desired: Desired, annotations: GitHubAnnotation[]): Promise<void> {
  for (const batch of chunk(annotations, CHECK_RUN_LIMITS.annotationsPerRequest)) {
    await writeRun(params, "add check run annotations", ROUTE_UPDATE, { check_run_id: id }, desired.output, batch);
  }
}

async function writeRun(
  params: UpsertCheckRunParams,
  action: string,
  route: string,
  body: Record<string, unknown>,
  output: CheckRunOutput,
  annotations: GitHubAnnotation[],
): Promise<GitHubCheckRun> {
  const fullOutput = annotations.length > 0 ? { ...output, annotations } : output;
  const { data } = await callRest({
    client: params.client,
    action,
    route,
    params: { owner: params.owner, repo: params.repo, ...body, output: fullOutput },
    schema: checkRunSchema,
  });
  return data;
}
