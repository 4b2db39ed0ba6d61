import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { WebhookDefinition } from "@octokit/webhooks-examples";

const examples: WebhookDefinition[] = createRequire(import.meta.url)("@octokit/webhooks-examples");

/** `fixture` reads fixtures/github/<name>.json (a fresh copy each call, so tests can change it). */
export function fixture<T = any>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../../fixtures/github/${name}.json`, import.meta.url), "utf8")) as T;
}

/** The recorded `pull_request` object of webhooks example 12 (opened, Codertocat/Hello-World#2), deep-copied. */
export function pullRequestExample(): any {
  const definition = examples.find((e) => e.name === "pull_request");
  const example = definition?.examples[12] as { pull_request?: unknown } | undefined;
  if (!example?.pull_request) throw new Error("webhooks example pull_request[12] not found");
  return structuredClone(example.pull_request);
}

/** A recorded `pull_request_review` review object (webhook casing: lowercase `state`), deep-copied. */
export function reviewExample(): any {
  const definition = examples.find((e) => e.name === "pull_request_review");
  const example = definition?.examples[0] as { review?: unknown } | undefined;
  return structuredClone(example?.review);
}

/** Copilot's bot account as GitHub reports it in REST (agents.md §3). */
export const COPILOT = { login: "Copilot", id: 198982749, type: "Bot" };

/** `pullsGet` builds a pulls.get body from the recorded example: an agent-authored PR with `changedFiles` files. */
export function pullsGet(changedFiles: number, commits = 3): any {
  const pr = pullRequestExample();
  pr.user = { ...pr.user, ...COPILOT };
  pr.changed_files = changedFiles;
  pr.commits = commits;
  return pr;
}

/** `fileEntries` clones the recorded files entry into `n` modified Terraform files `envs/e<i>/main.tf`. */
export function fileEntries(n: number, from = 0): any[] {
  const template = fixture<any[]>("pulls-list-files")[0];
  return Array.from({ length: n }, (_, k) => ({ ...template, filename: `envs/e${from + k}/main.tf` }));
}
