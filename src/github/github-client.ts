/** The parts of an HTTP response that Airlock reads from a REST call. */
export interface GitHubResponse {
  status: number;
  headers: { [header: string]: string | number | undefined };
  data: unknown;
}

/**
 * `GitHubClient` is the narrow subset of an Octokit instance that src/github uses: `request` for REST routes
 * (`"GET /repos/{owner}/{repo}/pulls/{pull_number}"` plus parameters) and `graphql` for queries with variables.
 * A Probot `context.octokit` and an `@octokit/rest` `Octokit` both satisfy it (checked by a type test), so the
 * adapter never depends on Probot. Responses are `unknown` on purpose: every caller validates what it reads.
 */
export interface GitHubClient {
  request(route: string, params?: Record<string, unknown>): Promise<GitHubResponse>;
  graphql(query: string, variables?: Record<string, unknown>): Promise<unknown>;
}

/** `RepoRef` names one repository; most adapter functions take it spread into their params. */
export interface RepoRef {
  client: GitHubClient;
  owner: string;
  repo: string;
}
