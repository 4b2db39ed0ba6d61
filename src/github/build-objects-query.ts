/** A blob lookup inside `repository { … }`: alias and the object expression sent as a variable. */
export interface ObjectLookup {
  alias: string;
  expression: string;
}

/** A team whose members the query lists: alias (`t0`), organization login and team slug, sent as variables. */
export interface TeamLookup {
  alias: string;
  org: string;
  slug: string;
}

/** A GraphQL document and its variables. */
export interface GraphqlRequest {
  query: string;
  variables: Record<string, string>;
}

const ALIAS = /^[a-z][0-9]+$/;
const MEMBERS = "members(first: 100, membership: ALL) { nodes { login } pageInfo { hasNextPage endCursor } }";

/**
 * `buildObjectsQuery` builds one query that reads many blobs of a repository and the first 100 members of
 * several teams. Paths, SHAs, logins and slugs are attacker-controlled, so they only ever travel as variables:
 * the query text is made of fixed syntax and generated aliases (`b0`, `h0`, `c0`, `t0`), which are checked.
 */
export function buildObjectsQuery(params: { owner: string; repo: string; objects: readonly ObjectLookup[]; teams: readonly TeamLookup[] }): GraphqlRequest {
  const declarations: string[] = [];
  const selections: string[] = [];
  const variables: Record<string, string> = {};
  if (params.objects.length > 0) {
    declarations.push("$owner: String!", "$name: String!");
    Object.assign(variables, { owner: params.owner, name: params.repo });
    const fields = params.objects.map((o) => {
      const alias = checkedAlias(o.alias);
      declarations.push(`$${alias}: String!`);
      variables[alias] = o.expression;
      return `    ${alias}: object(expression: $${alias}) { ...blob }`;
    });
    selections.push(`  repository(owner: $owner, name: $name) {\n${fields.join("\n")}\n  }`);
  }
  for (const team of params.teams) {
    const alias = checkedAlias(team.alias);
    declarations.push(`$${alias}o: String!`, `$${alias}s: String!`);
    Object.assign(variables, { [`${alias}o`]: team.org, [`${alias}s`]: team.slug });
    selections.push(`  ${alias}: organization(login: $${alias}o) { team(slug: $${alias}s) { ${MEMBERS} } }`);
  }
  const fragment = params.objects.length > 0 ? "\nfragment blob on GitObject { __typename ... on Blob { text byteSize isBinary isTruncated } }" : "";
  return { query: `query AirlockObjects(${declarations.join(", ")}) {\n${selections.join("\n")}\n}${fragment}`, variables };
}

/** `TEAM_MEMBERS_PAGE_QUERY` reads the next 100 members of one team after a cursor (all values are variables). */
export const TEAM_MEMBERS_PAGE_QUERY =
  "query AirlockTeamMembers($org: String!, $slug: String!, $after: String!) {\n" +
  "  organization(login: $org) { team(slug: $slug) { members(first: 100, after: $after, membership: ALL) { nodes { login } pageInfo { hasNextPage endCursor } } } }\n" +
  "}";

function checkedAlias(alias: string): string {
  if (!ALIAS.test(alias)) throw new Error(`build objects query: invalid alias ${JSON.stringify(alias)}`);
  return alias;
}
