/**
 * The state of a fake GitHub repository holding many open agent pull requests at once, for load tests. Each
 * PR changes Terraform files of its own (see `pullFiles`). Everything that grows
 * with deliveries is bounded: heads cycle through a few SHAs, reviews keep one per reviewer, labels come from
 * a fixed set. So any memory that keeps growing under load belongs to the app, not to this fake.
 */
import { createHash } from "node:crypto";
import { agentCommit, agentPullRequest, BASE_SHA, type FakeFile } from "../../test/app/support/fake-github.js";

/** A check run as the fake stores and lists it. */
export interface FleetCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  external_id: string | null;
  details_url: string | null;
  output: { title: string | null; summary: string | null; text: string | null; annotations_count: number };
}

/** An issue comment as the fake stores it. */
export interface FleetComment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

/** One open pull request of the fleet. */
export interface FleetPull {
  number: number;
  /** The `pulls.get` body (also the webhook's `pull_request`). */
  pr: any;
  headVersion: number;
  files: FakeFile[];
  commits: any[];
  /** Latest review per reviewer login, in submission order. */
  reviews: Map<string, any>;
  comments: FleetComment[];
}

/** The whole fake repository. */
export interface FleetState {
  pulls: Map<number, FleetPull>;
  /** Changed files by path (paths are unique per PR), for GraphQL blob lookups. */
  filesByPath: Map<string, FakeFile>;
  checkRuns: Map<number, FleetCheckRun>;
  checkRunsBySha: Map<string, FleetCheckRun[]>;
  repoLabels: Map<string, { name: string; color: string; description: string | null }>;
  /** Reviewers with write access. */
  writers: Set<string>;
  nextId: number;
}

/** How many head SHAs a PR cycles through, so check runs stay bounded (at most this many per PR). */
export const HEADS_PER_PULL = 3;
/** Human reviewers with write access. */
export const REVIEWERS = ["rev-ana", "rev-ben", "rev-cho"] as const;
/** Labels humans add in `labeled` events. */
export const HUMAN_LABELS = ["needs-infra-review", "team/platform", "priority/high"] as const;
/** Where numbering of the fleet's PRs starts. */
export const FIRST_PULL = 101;

/** `headSha` is the deterministic SHA of version `version` of PR `number`'s head. */
export function headSha(number: number, version: number): string {
  return createHash("sha1").update(`pull-${number}-head-${version % HEADS_PER_PULL}`).digest("hex");
}

/** `createFleet` opens `count` agent PRs numbered from FIRST_PULL. */
export function createFleet(count: number): FleetState {
  const state: FleetState = { pulls: new Map(), filesByPath: new Map(), checkRuns: new Map(), checkRunsBySha: new Map(), repoLabels: new Map(), writers: new Set(REVIEWERS), nextId: 1 };
  for (let i = 0; i < count; i += 1) {
    const number = FIRST_PULL + i;
    const pr = agentPullRequest();
    pr.number = number;
    pr.head.ref = `copilot/service-${number}`;
    pr.head.sha = headSha(number, 0);
    pr.title = number % 2 === 0 ? `Resize the sandbox instance of service ${number}` : `Retire the database of service ${number}`;
    const files = pullFiles(number);
    for (const file of files) state.filesByPath.set(file.filename, file);
    state.pulls.set(number, { number, pr, headVersion: 0, files, commits: [agentCommit(pr.head.sha)], reviews: new Map(), comments: [] });
  }
  return state;
}

/** Odd PRs delete a production database (blocked until a plan comes); even PRs resize a sandbox instance (approvals suffice). */
function pullFiles(number: number): FakeFile[] {
  const instance = (env: string, type: string) =>
    `resource "aws_instance" "web" {\n  ami           = "ami-1"\n  instance_type = "${type}"\n  subnet_id     = aws_subnet.a.id\n  tags          = { env = "${env}" }\n}\n\nresource "aws_subnet" "a" {\n  vpc_id     = "vpc-1"\n  cidr_block = "10.0.${number % 250}.0/24"\n}\n`;
  if (number % 2 === 0) {
    return [{ filename: `envs/sandbox/svc${number}/main.tf`, status: "modified", base: instance("sandbox", "t3.small"), head: instance("sandbox", "t3.large") }];
  }
  const dir = `envs/prod/svc${number}`;
  return [
    { filename: `${dir}/main.tf`, status: "modified", base: instance("prod", "t3.small"), head: instance("prod", "t3.large") },
    {
      filename: `${dir}/db.tf`,
      status: "removed",
      base: `resource "aws_db_instance" "main" {\n  identifier          = "svc${number}"\n  engine              = "postgres"\n  instance_class      = "db.t3.medium"\n  deletion_protection = false\n  skip_final_snapshot = true\n}\n`,
      head: null,
    },
  ];
}

/** `pushHead` moves a PR's head to its next SHA (a `synchronize`): the agent pushed a commit. */
export function pushHead(state: FleetState, number: number): void {
  const pull = mustPull(state, number);
  pull.headVersion += 1;
  pull.pr.head.sha = headSha(number, pull.headVersion);
  pull.commits = [agentCommit(pull.pr.head.sha)];
}

/** `addHumanLabel` puts a non-Airlock label on a PR, as a human does before a `labeled` event. */
export function addHumanLabel(state: FleetState, number: number, name: string): void {
  const pull = mustPull(state, number);
  if (!pull.pr.labels.some((l: any) => l.name === name)) pull.pr.labels.push({ name, color: "0e8a16", description: null });
}

/** `submitReview` records a reviewer's latest review of the current head (replacing their earlier one). */
export function submitReview(state: FleetState, number: number, review: any): void {
  const pull = mustPull(state, number);
  pull.reviews.delete(review.user.login);
  pull.reviews.set(review.user.login, review);
}

/** `mustPull` returns a PR of the fleet or throws. */
export function mustPull(state: FleetState, number: number): FleetPull {
  const pull = state.pulls.get(number);
  if (!pull) throw new Error(`fleet: no pull request #${number}`);
  return pull;
}

/** True when `sha` is the base commit every PR of the fleet starts from. */
export function isBaseSha(sha: string): boolean {
  return sha === BASE_SHA;
}

/** `isFleetBounded` tells whether the fake's state stayed within its bounds: reviews, one sticky comment and head SHAs per PR. */
export function isFleetBounded(state: FleetState): boolean {
  const pulls = [...state.pulls.values()];
  return pulls.every((p) => p.reviews.size <= REVIEWERS.length && p.comments.length <= 1) && state.checkRunsBySha.size <= pulls.length * HEADS_PER_PULL;
}
