import { z } from "zod";
import type { SnapshotFile } from "../model/index.js";
import { buildObjectsQuery, type ObjectLookup } from "./build-objects-query.js";
import { callGraphql, GRAPHQL_ENDPOINT } from "./call-graphql.js";
import type { RepoRef } from "./github-client.js";
import { GitHubError } from "./github-error.js";
import { isTolerableTeamIssue, loadRemainingTeamMembers, readTeamPage, teamNodeSchema } from "./load-team-members.js";
import { chunk } from "./chunk.js";
import type { FactCache } from "./cache/fact-cache.js";
import { factKeys } from "./cache/fact-keys.js";
import { planBlobRequests, type BlobRequest } from "./plan-blob-requests.js";
import { blobNodeSchema, readBlob, type BlobNode } from "./read-blob.js";
import { toTeamLookups } from "./to-team-lookups.js";

/** Where GitHub looks for CODEOWNERS, in its order of precedence. */
export const CODEOWNERS_PATHS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"] as const;

/** Inputs of loadRepositoryObjects. */
export interface RepositoryObjectsParams extends RepoRef {
  files: readonly SnapshotFile[];
  baseSha: string;
  headSha: string;
  wantsBody: (path: string) => boolean;
  teams: readonly string[];
  codeowners: boolean;
  maxBlobBytes: number;
  objectsPerQuery: number;
  maxTeamMembers: number;
  /** Blob nodes already read at these commits; bodies fetched here are added to it. Teams and CODEOWNERS never are. */
  cache?: FactCache | undefined;
}

/** Files with their bodies, team members, CODEOWNERS text (only when asked for) and warnings. */
export interface RepositoryObjects {
  files: SnapshotFile[];
  teams: Record<string, string[]>;
  codeowners?: string | null;
  warnings: string[];
}

const responseSchema = z.object({ repository: z.record(z.string(), blobNodeSchema).nullish() }).catchall(teamNodeSchema);

/**
 * `loadRepositoryObjects` fetches, with GraphQL, the base/head bodies of the files `wantsBody` selects in
 * batches of `objectsPerQuery` blobs (run concurrently), and in the first batch also the first 100 members
 * of every team and the default branch's CODEOWNERS (`HEAD:<path>`, first found). Only teams with more than
 * 100 members cost further queries. 200 `.tf` files changed in place cost 1 query with the default 400 per query.
 * With a `cache`, blobs read before (`<sha>:<path>` names an immutable blob) are not asked for again, and no
 * query is sent when nothing is left to ask; team members and CODEOWNERS (default branch) are always read.
 */
export async function loadRepositoryObjects(params: RepositoryObjectsParams): Promise<RepositoryObjects> {
  const blobs = planBlobRequests(params);
  const repoName = `${params.owner}/${params.repo}`;
  const nodes = new Map<string, BlobNode>();
  const missing = blobs.filter((blob) => {
    const hit = params.cache?.get<{ node: BlobNode }>(factKeys.blob(repoName, blob.expression));
    if (hit !== undefined) nodes.set(blob.alias, hit.node);
    return hit === undefined;
  });
  const owners: ObjectLookup[] = params.codeowners ? CODEOWNERS_PATHS.map((p, i) => ({ alias: `c${i}`, expression: `HEAD:${p}` })) : [];
  const { lookups: teams, warnings } = toTeamLookups(params.teams);
  const batches: ObjectLookup[][] = chunk(missing, params.objectsPerQuery);
  if (batches.length === 0 && (owners.length > 0 || teams.length > 0)) batches.push([]);
  const teamAliases = new Set(teams.map((t) => t.alias));
  const results = await Promise.all(
    batches.map(async (batch, i) => {
      const extra = i === 0 ? { objects: [...batch, ...owners], teams } : { objects: batch, teams: [] };
      const { query, variables } = buildObjectsQuery({ owner: params.owner, repo: params.repo, ...extra });
      const { data } = await callGraphql({
        client: params.client,
        action: "load file bodies",
        query,
        variables,
        schema: responseSchema,
        tolerate: (issue) => isTolerableTeamIssue(issue, teamAliases),
      });
      return { data, expected: extra.objects };
    }),
  );
  for (const { data, expected } of results) collectNodes(nodes, data.repository, expected);
  for (const blob of missing) params.cache?.set(factKeys.blob(repoName, blob.expression), { node: nodes.get(blob.alias) ?? null });
  const first = results[0]?.data ?? {};
  const out: RepositoryObjects = { files: attachBodies(params, blobs, nodes, warnings), teams: {}, warnings };
  if (params.codeowners) out.codeowners = pickCodeowners(nodes, params.maxBlobBytes, warnings);
  for (const name of params.teams) out.teams[name] = [];
  await Promise.all(
    teams.map(async (team) => {
      const page = readTeamPage(first[team.alias]);
      if (page === null) {
        warnings.push(`team ${team.name} was not found or is not visible to Airlock; its members are not counted`);
        return;
      }
      const read = await loadRemainingTeamMembers({ client: params.client, team, first: page, maxMembers: params.maxTeamMembers });
      if (read.truncated) warnings.push(`team ${team.name} has more than ${params.maxTeamMembers} members; only the first ${params.maxTeamMembers} are counted`);
      out.teams[team.name] = read.logins;
    }),
  );
  return out;
}

function collectNodes(nodes: Map<string, BlobNode>, repository: Record<string, BlobNode> | null | undefined, expected: readonly ObjectLookup[]): void {
  if (expected.length === 0) return;
  for (const { alias } of expected) {
    const node = repository?.[alias];
    if (node === undefined) {
      throw new GitHubError({ action: "load file bodies", endpoint: GRAPHQL_ENDPOINT, status: 200, detail: `unexpected response: repository.${alias} is missing` });
    }
    nodes.set(alias, node);
  }
}

function attachBodies(params: RepositoryObjectsParams, blobs: readonly BlobRequest[], nodes: Map<string, BlobNode>, warnings: string[]): SnapshotFile[] {
  const files: SnapshotFile[] = params.files.map((f) => ({ ...f, base: null, head: null }));
  for (const blob of blobs) {
    const { text, problem } = readBlob(nodes.get(blob.alias) ?? null, params.maxBlobBytes);
    const file = files[blob.fileIndex];
    if (file === undefined) continue;
    file[blob.side] = text;
    const sha = blob.side === "base" ? params.baseSha : params.headSha;
    if (problem) warnings.push(`${blob.path} at ${blob.side} ${sha.slice(0, 7)}: body not loaded: ${problem}`);
  }
  return files;
}

function pickCodeowners(nodes: Map<string, BlobNode>, maxBytes: number, warnings: string[]): string | null {
  for (const [i, path] of CODEOWNERS_PATHS.entries()) {
    const node = nodes.get(`c${i}`) ?? null;
    if (node === null) continue;
    const { text, problem } = readBlob(node, maxBytes);
    if (problem) warnings.push(`${path} on the default branch: not loaded: ${problem}`);
    return text;
  }
  return null;
}
