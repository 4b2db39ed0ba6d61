/**
 * Counts the GitHub API requests of one evaluation of an agent PR that changes N Terraform files (GitHub
 * mocked with the same fake the end-to-end tests use, the audit trail in a throwaway SQLite file).
 */
import nock from "nock";
import { fakeGitHub, initialState, pullRequestEvent } from "../test/app/support/fake-github.js";
import { deliver, testApp } from "../test/app/support/test-app.js";
import { benchAuditStore } from "./load/audit-store.js";

/** `countApiRequests` returns the requests made for first-time and repeated evaluations of a PR with `files` .tf files. */
export async function countApiRequests(files: number): Promise<{ first: number; again: number; paths: string[] }> {
  nock.disableNetConnect();
  const state = initialState({
    files: Array.from({ length: files }, (_, i) => ({
      filename: `envs/prod/svc${i}/main.tf`,
      status: "modified" as const,
      base: `resource "aws_instance" "web" {\n  ami           = "ami-1"\n  instance_type = "t3.small"\n}\n`,
      head: `resource "aws_instance" "web" {\n  ami           = "ami-1"\n  instance_type = "t3.large"\n}\n`,
    })),
  });
  const github = fakeGitHub(state);
  const audit = benchAuditStore("file");
  try {
    const probot = await testApp({ store: audit.store });
    const payload = { ...pullRequestEvent("opened"), pull_request: state.pr };
    await deliver(probot, "pull_request", payload);
    const first = github.requests.length;
    await deliver(probot, "pull_request", payload);
    return { first, again: github.requests.length - first, paths: github.requests.slice(0, first) };
  } finally {
    github.stop();
    await audit.dispose();
  }
}
