import { z } from "zod";
import { callRest } from "../call-rest.js";
import type { RepoRef } from "../github-client.js";
import { isNotFound, GitHubError } from "../github-error.js";
import { defaultLabelStyle, type LabelStyle } from "./label-style.js";
import { planLabelSync } from "./plan-label-sync.js";

/** Inputs of syncLabels. */
export interface SyncLabelsParams extends RepoRef {
  issueNumber: number;
  /** Labels on the pull request now (from the webhook payload or the snapshot). */
  current: readonly string[];
  desired: readonly string[];
  /** Airlock's prefix (`airlock/`): only labels with it are ever removed. */
  namespace: string;
  styleOf?: ((name: string) => LabelStyle) | undefined;
  /** Labels known to be styled in this repository already (provisioned at installation or styled before): never PATCHed. */
  styled?: ReadonlySet<string> | undefined;
}

const labelsSchema = z.array(z.object({ name: z.string(), color: z.string().nullish(), description: z.string().nullish() }));

/** GitHub's look for a label it created implicitly while adding it to an issue. */
const IMPLICIT_COLOR = "ededed";

/**
 * `syncLabels` makes Airlock's labels on an issue match `desired` and returns what it changed. Missing labels are
 * added in one request (`POST …/issues/{n}/labels`); namespace labels no longer desired are removed one request
 * each (404 ignored); other labels are never touched; nothing is sent when already in sync. GitHub creates an
 * unknown label while adding it, grey (`ededed`) and without description, so the cheaper path is taken: no
 * lookup beforehand, and only labels that come back in that implicit style are styled (`PATCH …/labels/{name}`,
 * once per repository). Should adding fail with 404/422, the labels are created with their style and the add is
 * retried once. Names longer than 50 characters are refused before anything is sent. Labels in `styled` are not
 * styled again; `styled` in the result lists the labels this call styled, for the caller to remember.
 */
export async function syncLabels(params: SyncLabelsParams): Promise<{ added: string[]; removed: string[]; styled: string[] }> {
  const plan = planLabelSync(params);
  const styleOf = params.styleOf ?? defaultLabelStyle;
  const styled = new Set([...(params.styled ?? [])].map((l) => l.toLowerCase()));
  let implicit: string[] = [];
  if (plan.add.length > 0) {
    const labels = await addLabels(params, plan.add, styleOf);
    const added = new Set(plan.add.map((l) => l.toLowerCase()));
    implicit = labels.filter((l) => added.has(l.name.toLowerCase()) && !styled.has(l.name.toLowerCase()) && l.color === IMPLICIT_COLOR && !l.description).map((l) => l.name);
    await Promise.all(implicit.map((name) => writeLabel(params, "PATCH /repos/{owner}/{repo}/labels/{name}", "style label", name, styleOf(name))));
  }
  await Promise.all(plan.remove.map((name) => removeLabel(params, name)));
  return { added: plan.add, removed: plan.remove, styled: implicit };
}

async function addLabels(params: SyncLabelsParams, names: string[], styleOf: (name: string) => LabelStyle): Promise<z.infer<typeof labelsSchema>> {
  const call = () =>
    callRest({
      client: params.client,
      action: "add labels",
      route: "POST /repos/{owner}/{repo}/issues/{issue_number}/labels",
      params: { owner: params.owner, repo: params.repo, issue_number: params.issueNumber, labels: names },
      schema: labelsSchema,
    });
  try {
    return (await call()).data;
  } catch (error) {
    if (!(error instanceof GitHubError) || (error.status !== 404 && error.status !== 422)) throw error;
    await Promise.all(names.map((name) => writeLabel(params, "POST /repos/{owner}/{repo}/labels", "create label", name, styleOf(name))));
    return (await call()).data;
  }
}

/** Creates or styles a label; 422 (already exists) and 404 (gone meanwhile) are not errors for a cosmetic write. */
async function writeLabel(params: SyncLabelsParams, route: string, action: string, name: string, style: LabelStyle): Promise<void> {
  try {
    await callRest({ client: params.client, action, route, params: { owner: params.owner, repo: params.repo, name, ...style }, schema: z.unknown() });
  } catch (error) {
    if (error instanceof GitHubError && (error.status === 404 || error.status === 422)) return;
    throw error;
  }
}

async function removeLabel(params: SyncLabelsParams, name: string): Promise<void> {
  try {
    await callRest({
      client: params.client,
      action: "remove label",
      route: "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}",
      params: { owner: params.owner, repo: params.repo, issue_number: params.issueNumber, name },
      schema: z.unknown(),
    });
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}
