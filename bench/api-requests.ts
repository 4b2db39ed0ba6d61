/**
 * Counts the GitHub API requests of evaluations of an agent PR that changes N Terraform files (GitHub mocked
 * with the same fake the end-to-end tests use, the audit trail in a throwaway SQLite file), in four scenarios:
 * the first evaluation in a repository whose labels were provisioned when the app was installed, the first in
 * a repository never provisioned (Airlock then styles its labels once), a redelivery of the same webhook, and a
 * review on the unchanged head.
 */
import nock from "nock";
import { fakeGitHub, initialState, pullRequestEvent, review, reviewEvent } from "../test/app/support/fake-github.js";
import { deliver, testApp } from "../test/app/support/test-app.js";
import { benchAuditStore } from "./load/audit-store.js";

/** The requests (`METHOD /path`) of one scenario. */
export interface ScenarioRequests {
  count: number;
  paths: string[];
}

/** Requests per scenario for one PR size. */
export interface ApiRequestCounts {
  /** First evaluation in a repository provisioned at installation (`installation.created`). */
  provisioned: ScenarioRequests;
  /** First evaluation in a repository never provisioned (includes the one-time label styling). */
  unprovisioned: ScenarioRequests;
  /** The same `pull_request.opened` webhook delivered again. */
  redelivery: ScenarioRequests;
  /** A `pull_request_review.submitted` approval on the unchanged head. */
  review: ScenarioRequests;
}

function agentPrState(files: number) {
  return initialState({
    files: Array.from({ length: files }, (_, i) => ({
      filename: `envs/prod/svc${i}/main.tf`,
      status: "modified" as const,
      base: `resource "aws_instance" "web" {\n  ami           = "ami-1"\n  instance_type = "t3.small"\n}\n`,
      head: `resource "aws_instance" "web" {\n  ami           = "ami-1"\n  instance_type = "t3.large"\n}\n`,
    })),
    permissions: { carol: "write" },
  });
}

/** The `installation.created` webhook for an installation on the fake repository. */
function installationCreated(): any {
  const { repository, installation, sender } = pullRequestEvent();
  return { action: "created", installation: { ...installation, id: 1 }, repositories: [{ id: repository.id, name: repository.name, full_name: repository.full_name, private: false }], sender };
}

/** `countApiRequests` returns the requests each scenario makes for a PR with `files` changed .tf files. */
export async function countApiRequests(files: number): Promise<ApiRequestCounts> {
  if (!nock.isActive()) nock.activate();
  nock.disableNetConnect();
  const run = async (provisioned: boolean) => {
    const state = agentPrState(files);
    const github = fakeGitHub(state);
    const audit = benchAuditStore("file");
    const measure = async (send: () => Promise<void>): Promise<ScenarioRequests> => {
      const before = github.requests.length;
      await send();
      const paths = github.requests.slice(before);
      return { count: paths.length, paths };
    };
    try {
      const probot = await testApp({ store: audit.store });
      if (provisioned) await deliver(probot, "installation", installationCreated());
      // A webhook is signed bytes: the redelivery carries exactly the first delivery's payload.
      const opened = { ...pullRequestEvent("opened"), pull_request: structuredClone(state.pr) };
      const first = await measure(() => deliver(probot, "pull_request", structuredClone(opened)));
      const redelivery = await measure(() => deliver(probot, "pull_request", structuredClone(opened)));
      const approval = review("carol", "APPROVED", { id: 7 });
      state.reviews.push(approval);
      const reviewed = await measure(() => deliver(probot, "pull_request_review", reviewEvent(state.pr, approval)));
      return { first, redelivery, review: reviewed };
    } finally {
      github.stop();
      await audit.dispose();
    }
  };
  try {
    const provisioned = await run(true);
    const unprovisioned = await run(false);
    return { provisioned: provisioned.first, unprovisioned: unprovisioned.first, redelivery: provisioned.redelivery, review: provisioned.review };
  } finally {
    // The benchmarks after this one talk real HTTP on loopback: leave no nock interception behind.
    nock.enableNetConnect();
    nock.restore();
  }
}
