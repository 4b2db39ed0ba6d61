/**
 * The baseline of the webhook throughput benchmark: a Probot app that does the least a gate must do for the
 * same events, which is to create one completed check run on the PR head (one GitHub request per delivery).
 */
import type { Probot } from "probot";

/** `minimalApp` creates a `Minimal` check run for every pull_request and pull_request_review event it receives. */
export function minimalApp(app: Probot): void {
  app.on(["pull_request", "pull_request_review"], async (context) => {
    await context.octokit.request("POST /repos/{owner}/{repo}/check-runs", {
      ...context.repo(),
      name: "Minimal",
      head_sha: context.payload.pull_request.head.sha,
      status: "completed",
      conclusion: "success",
      output: { title: "Checked", summary: "Nothing to check." },
    });
  });
}
