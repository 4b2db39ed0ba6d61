import { z } from "zod";

/** The fields of a workflow run Airlock reads (GitHub's run object has many more). */
export const workflowRunSchema = z.object({
  id: z.number().int().positive(),
  path: z.string(),
  head_sha: z.string(),
  status: z.string().nullable(),
  conclusion: z.string().nullable(),
  event: z.string(),
  head_repository: z.object({ full_name: z.string() }).nullish(),
  created_at: z.string(),
  html_url: z.string().optional(),
});

/** A workflow run that may carry plan artifacts. */
export interface PlanRun {
  id: number;
  /** The workflow file that ran (`.github/workflows/airlock-plan.yml`). */
  path: string;
  headSha: string;
  /** `queued`, `in_progress`, `completed`, … */
  status: string | null;
  /** `success`, `failure`, `cancelled`, … once completed. */
  conclusion: string | null;
  event: string;
  /** `owner/repo` of the head branch (a fork for fork pull requests), when GitHub reports it. */
  headRepository: string | null;
  createdAt: string;
  htmlUrl?: string;
}

/** `toPlanRun` maps a validated run object to a PlanRun. */
export function toPlanRun(run: z.infer<typeof workflowRunSchema>): PlanRun {
  const out: PlanRun = {
    id: run.id,
    path: run.path,
    headSha: run.head_sha.toLowerCase(),
    status: run.status,
    conclusion: run.conclusion,
    event: run.event,
    headRepository: run.head_repository?.full_name ?? null,
    createdAt: run.created_at,
  };
  if (run.html_url !== undefined) out.htmlUrl = run.html_url;
  return out;
}

/** `latestFirst` orders runs newest first: by creation time, then by id. */
export function latestFirst(a: PlanRun, b: PlanRun): number {
  const byTime = Date.parse(b.createdAt) - Date.parse(a.createdAt);
  return Number.isFinite(byTime) && byTime !== 0 ? byTime : b.id - a.id;
}

/** `workflowFileName` returns the file name of a workflow path, which the REST API accepts as `workflow_id`. */
export function workflowFileName(workflowPath: string): string {
  return workflowPath.slice(workflowPath.lastIndexOf("/") + 1);
}
