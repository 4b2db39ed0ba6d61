import { provisionLabels, type GitHubClient } from "../github/index.js";
import type { LabelStyle } from "../github/index.js";
import type { Log } from "./evaluate-pull-request.js";
import { readList, stateKeys, writeState, type StateMemory } from "./state-keys.js";

/** Repositories provisioned per installation event; the rest get their labels styled lazily, on first use. */
export const MAX_PROVISIONED_REPOSITORIES = 50;

/**
 * `provisionRepositories` creates Airlock's labels, coloured and described, in the repositories an installation
 * event names (at most `max`, default 50), one repository after the other, with the names and namespace each
 * repository's own config gives (`labelsFor`; a repository with labels disabled or an unreadable config is skipped), and remembers per repository which
 * labels it styled so label sync never styles them again. Best-effort: a repository that fails is logged and
 * skipped, nothing throws. Returns how many repositories were provisioned.
 */
export async function provisionRepositories(params: {
  client: GitHubClient;
  repositories: readonly { owner: string; repo: string }[];
  /** The labels to create in one repository (from its own config), or null to leave it alone. */
  labelsFor: (repository: { owner: string; repo: string }) => Promise<readonly { name: string; style: LabelStyle }[] | null>;
  memory: StateMemory;
  log: Log;
  max?: number;
}): Promise<number> {
  const max = params.max ?? MAX_PROVISIONED_REPOSITORIES;
  const chosen = params.repositories.slice(0, max);
  if (params.repositories.length > chosen.length) {
    params.log.info({ provisioned: chosen.length, lazy: params.repositories.length - chosen.length }, "labels of the other repositories will be styled on first use");
  }
  let done = 0;
  for (const { owner, repo } of chosen) {
    try {
      const labels = await params.labelsFor({ owner, repo });
      if (labels === null || labels.length === 0) continue;
      const result = await provisionLabels({ client: params.client, owner, repo, labels });
      const key = stateKeys.styledLabels(`${owner}/${repo}`);
      const known = await readList(params.memory, key);
      await writeState(params.memory, key, JSON.stringify([...new Set([...known, ...result.created])]));
      done += 1;
    } catch (error) {
      params.log.warn({ err: error, repository: `${owner}/${repo}` }, "could not provision Airlock's labels; they will be styled on first use");
    }
  }
  return done;
}
