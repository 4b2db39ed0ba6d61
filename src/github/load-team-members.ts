import { z } from "zod";
import { TEAM_MEMBERS_PAGE_QUERY, type TeamLookup } from "./build-objects-query.js";
import { callGraphql, type GraphqlIssue } from "./call-graphql.js";
import type { GitHubClient } from "./github-client.js";

/** `organization(login:) { team(slug:) { members { … } } }`; null at either level when missing or hidden. */
export const teamNodeSchema = z
  .object({
    team: z
      .object({
        members: z.object({
          nodes: z.array(z.object({ login: z.string() }).nullable()),
          pageInfo: z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullable() }),
        }),
      })
      .nullable(),
  })
  .nullable();

/** A validated team node. */
export type TeamNode = z.infer<typeof teamNodeSchema>;

/** A team's members as far as read, or null when the team does not exist or Airlock cannot see it. */
export interface TeamPage {
  logins: string[];
  nextCursor: string | null;
}

/** `readTeamPage` extracts member logins and the next cursor from a team node (null: missing or not visible). */
export function readTeamPage(node: TeamNode | undefined): TeamPage | null {
  const members = node?.team?.members;
  if (!members) return null;
  const logins = members.nodes.flatMap((n) => (n ? [n.login] : []));
  return { logins, nextCursor: members.pageInfo.hasNextPage ? members.pageInfo.endCursor : null };
}

/**
 * `isTolerableTeamIssue` accepts the GraphQL errors a missing organization or a team hidden from the app
 * produce (`NOT_FOUND`, `FORBIDDEN` under a team alias): those teams become empty lists with a warning.
 */
export function isTolerableTeamIssue(issue: GraphqlIssue, teamAliases: ReadonlySet<string>): boolean {
  const top = issue.path?.[0];
  return typeof top === "string" && teamAliases.has(top) && (issue.type === "NOT_FOUND" || issue.type === "FORBIDDEN");
}

const pageSchema = z.object({ organization: teamNodeSchema });

/**
 * `loadRemainingTeamMembers` follows a team's member pages after `first` (one query per further 100 members,
 * sequentially) until the last page or `maxMembers`. It returns all logins read and whether it stopped early.
 */
export async function loadRemainingTeamMembers(params: {
  client: GitHubClient;
  team: TeamLookup;
  first: TeamPage;
  maxMembers: number;
}): Promise<{ logins: string[]; truncated: boolean }> {
  const logins = [...params.first.logins];
  let cursor = params.first.nextCursor;
  while (cursor !== null && logins.length < params.maxMembers) {
    const { data } = await callGraphql({
      client: params.client,
      action: "list team members",
      query: TEAM_MEMBERS_PAGE_QUERY,
      variables: { org: params.team.org, slug: params.team.slug, after: cursor },
      schema: pageSchema,
    });
    const page = readTeamPage(data.organization);
    if (page === null) break;
    logins.push(...page.logins);
    cursor = page.nextCursor;
  }
  return { logins: logins.slice(0, params.maxMembers), truncated: cursor !== null || logins.length > params.maxMembers };
}
