import type { Context, Probot } from "probot";
import { listPullRequestsForSha, type GitHubClient } from "../github/index.js";
import { airlockLabelSet } from "./airlock-label-set.js";
import { CHECK_NAME, INSTALL_EVENTS, isOwnLabelEvent, parseAirlockCommand } from "./events.js";
import { evaluatePullRequest, type EvaluationDeps, type EvaluationRequest } from "./evaluate-pull-request.js";
import { labelEventMatters } from "./label-event-matters.js";
import { loadConfig } from "./load-config.js";
import { handleOverride } from "./override-command.js";
import { provisionRepositories } from "./provision-repositories.js";
import { recordMerge } from "./record-merge.js";
import type { AirlockMetrics } from "./metrics/index.js";

type AnyContext = Context;

/** What a webhook tells about one PR to evaluate. */
interface PullToEvaluate {
  number: number;
  headSha?: string;
  baseSha?: string;
  /** The full pull request object of a `pull_request.*` event. */
  payload?: unknown;
  justOpened?: boolean;
}

/** Builds an evaluation request for one PR from a webhook context. */
function requestFor(context: AnyContext, pullNumber: number, headSha: string | undefined, appSlug: string | undefined): EvaluationRequest {
  const { owner, repo } = context.repo();
  return { octokit: context.octokit as unknown as EvaluationRequest["octokit"], owner, repo, pullNumber, headSha, deliveryId: context.id, appSlug, log: context.log };
}

/** Drops the undefined fields of a PR to evaluate, as EvaluationRequest's optional fields expect. */
function pullFields(pr: PullToEvaluate): Partial<EvaluationRequest> {
  const out: Partial<EvaluationRequest> = {};
  if (pr.baseSha !== undefined) out.baseSha = pr.baseSha;
  if (pr.payload !== undefined) out.payloadPullRequest = pr.payload;
  if (pr.justOpened === true) out.justOpened = true;
  return out;
}

/**
 * `registerHandlers` subscribes Airlock to every event that can change a PR's answer. Each handler only
 * finds the PRs concerned and calls the one use case; it holds no logic of its own.
 */
export function registerHandlers(
  app: Probot,
  deps: EvaluationDeps & { appSlug: () => Promise<string | undefined>; labelNamespace: string; metrics?: Pick<AirlockMetrics, "recordOverride" | "recordMerge">; background?: ((task: Promise<unknown>) => void) | undefined },
): void {
  const evaluateAll = async (context: AnyContext, pulls: PullToEvaluate[], planRunId?: number) => {
    const slug = await deps.appSlug();
    for (const pr of pulls) await evaluatePullRequest({ ...requestFor(context, pr.number, pr.headSha, slug), ...pullFields(pr), planRunId, memory: deps.store }, deps);
  };

  app.on(["pull_request.opened", "pull_request.synchronize", "pull_request.reopened", "pull_request.ready_for_review", "pull_request.edited", "pull_request.labeled", "pull_request.unlabeled"], async (context) => {
    const { pull_request: pr, sender } = context.payload;
    const label = "label" in context.payload ? context.payload.label?.name : undefined;
    if (pr.state !== "open") return;
    if (isOwnLabelEvent({ senderType: sender?.type, senderLogin: sender?.login, label, namespace: deps.labelNamespace, appSlug: await deps.appSlug() })) return;
    // Someone else changed one of Airlock's labels: read the labels from GitHub, not from what Airlock last applied.
    const airlockLabelChanged = label !== undefined && label.toLowerCase().startsWith(deps.labelNamespace.toLowerCase());
    const payload = airlockLabelChanged ? undefined : pr;
    if (label !== undefined && !airlockLabelChanged) {
      const { owner, repo } = context.repo();
      const octokit = context.octokit as unknown as EvaluationRequest["octokit"];
      if (!(await labelEventMatters({ octokit, owner, repo, headSha: pr.head.sha, label, memory: deps.store }))) {
        context.log.info({ deliveryId: context.id, pr: `${owner}/${repo}#${pr.number}`, label }, "label read by no rule: verdict unchanged, not re-evaluated");
        return;
      }
    }
    await evaluateAll(context as AnyContext, [{ number: pr.number, headSha: pr.head.sha, baseSha: pr.base.sha, payload, justOpened: context.payload.action === "opened" }]);
  });

  app.on(["pull_request_review.submitted", "pull_request_review.edited", "pull_request_review.dismissed"], async (context) => {
    const pr = context.payload.pull_request;
    if (pr.state !== "open") return;
    // A review carries a reduced pull request (no file or commit counts): the PR is read from the API.
    await evaluateAll(context as AnyContext, [{ number: pr.number, headSha: pr.head.sha, baseSha: pr.base.sha }]);
  });

  app.on("check_run.rerequested", async (context) => {
    const check = context.payload.check_run;
    if (check.name !== CHECK_NAME) return;
    await evaluateAll(context as AnyContext, await pullsOf(context as AnyContext, check.pull_requests, check.head_sha));
  });

  app.on("check_suite.rerequested", async (context) => {
    const suite = context.payload.check_suite;
    await evaluateAll(context as AnyContext, await pullsOf(context as AnyContext, suite.pull_requests, suite.head_sha));
  });

  app.on("workflow_run.completed", async (context) => {
    const workflowRun = context.payload.workflow_run;
    const { owner, repo } = context.repo();
    const config = await loadConfig({ octokit: context.octokit as unknown as EvaluationRequest["octokit"], owner, repo });
    // Only the trusted plan workflow can bring a plan; other runs change nothing Airlock reads.
    if (!config.ok || workflowRun.path !== config.config.plans.workflow) return;
    await evaluateAll(context as AnyContext, await pullsOf(context as AnyContext, (workflowRun.pull_requests ?? []).filter((p): p is NonNullable<typeof p> => p !== null), workflowRun.head_sha), workflowRun.id);
  });

  app.on("issue_comment.created", async (context) => {
    const { issue, comment } = context.payload;
    if (!issue.pull_request || issue.state !== "open" || comment.user?.type !== "User") return;
    const command = parseAirlockCommand(comment.body);
    if (command?.verb === "override" && comment.user) {
      const request = requestFor(context as AnyContext, issue.number, undefined, await deps.appSlug());
      const author = { login: comment.user.login, id: comment.user.id, type: comment.user.type };
      const recorded = await deps.store.withLock(`${request.owner}/${request.repo}#${issue.number}`, () => handleOverride({ request, store: deps.store, author, body: comment.body, now: deps.now() }));
      if (recorded) {
        deps.metrics?.recordOverride({ repository: `${request.owner}/${request.repo}` });
        await evaluateAll(context as AnyContext, [{ number: issue.number }]);
      }
      return;
    }
    if (command?.verb !== "recheck") return;
    await evaluateAll(context as AnyContext, [{ number: issue.number }]);
  });

  app.on([...INSTALL_EVENTS], async (context) => {
    const payload = context.payload as { repositories?: { full_name: string }[]; repositories_added?: { full_name: string }[] };
    const listed = payload.repositories_added ?? payload.repositories ?? [];
    const repositories = listed.flatMap((r) => {
      const [owner, repo] = r.full_name.split("/");
      return owner && repo ? [{ owner, repo }] : [];
    });
    const octokit = context.octokit as unknown as EvaluationRequest["octokit"];
    const labelsFor = async (r: { owner: string; repo: string }) => {
      const loaded = await loadConfig({ octokit, owner: r.owner, repo: r.repo });
      return loaded.ok && loaded.config.labels.enabled ? airlockLabelSet(loaded.config.labels) : null;
    };
    // Up to 50 repositories of ~15 labels each take longer than GitHub waits for a webhook answer: the delivery is
    // answered at once and the labels are created in the background (best-effort; unstyled labels are styled on first use).
    const task = provisionRepositories({ client: context.octokit as unknown as GitHubClient, repositories, labelsFor, memory: deps.store, log: context.log }).catch((error: unknown) => context.log.warn({ err: error }, "label provisioning failed"));
    deps.background?.(task);
  });

  app.on("pull_request.closed", async (context) => {
    const pr = context.payload.pull_request;
    if (!pr.merged || !pr.merge_commit_sha) return;
    const { owner, repo } = context.repo();
    const merged = await recordMerge({
      store: deps.store,
      pr: { repository: `${owner}/${repo}`, number: pr.number, headSha: pr.head.sha, baseSha: pr.base.sha, mergeSha: pr.merge_commit_sha, mergedBy: pr.merged_by?.login ?? context.payload.sender?.login ?? "unknown", mergedAt: pr.merged_at ?? deps.now().toISOString() },
      deliveryId: context.id,
    });
    if (merged) deps.metrics?.recordMerge({ agent: merged.agent });
  });
}

async function pullsOf(context: AnyContext, listed: readonly { number: number }[], headSha: string): Promise<{ number: number; headSha: string }[]> {
  if (listed.length > 0) return listed.map((p) => ({ number: p.number, headSha }));
  const { owner, repo } = context.repo();
  const found = await listPullRequestsForSha({ client: context.octokit as unknown as GitHubClient, owner, repo, sha: headSha });
  return found.map((p) => ({ number: p.number, headSha: p.headSha }));
}
