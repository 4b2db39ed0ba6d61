import { z } from "zod";
import { callRest } from "../call-rest.js";
import type { RepoRef } from "../github-client.js";
import { GitHubError } from "../github-error.js";
import type { LabelStyle } from "./label-style.js";

/** What provisionLabels did: labels it created with their style, and labels that existed already (left as they are). */
export interface ProvisionedLabels {
  created: string[];
  existing: string[];
}

/**
 * `provisionLabels` creates each label in a repository with its colour and description, one
 * `POST /repos/{owner}/{repo}/labels` each, sequentially (GitHub asks for serial writes). A label that exists
 * already (422) is left untouched, so someone's own colours are never overwritten. Other errors throw.
 */
export async function provisionLabels(params: RepoRef & { labels: readonly { name: string; style: LabelStyle }[] }): Promise<ProvisionedLabels> {
  const out: ProvisionedLabels = { created: [], existing: [] };
  for (const { name, style } of params.labels) {
    try {
      await callRest({
        client: params.client,
        action: "create label",
        route: "POST /repos/{owner}/{repo}/labels",
        params: { owner: params.owner, repo: params.repo, name, color: style.color, description: style.description },
        schema: z.unknown(),
      });
      out.created.push(name);
    } catch (error) {
      if (!(error instanceof GitHubError) || error.status !== 422) throw error;
      out.existing.push(name);
    }
  }
  return out;
}
