import { z } from "zod";
import type { GitHubClient } from "./github-client.js";
import { GitHubError } from "./github-error.js";
import { parseResponse } from "./parse-response.js";
import { toGitHubError } from "./to-github-error.js";

/** The endpoint name GraphQL errors carry. */
export const GRAPHQL_ENDPOINT = "POST /graphql";

/** One entry of a GraphQL `errors` array, as far as Airlock reads it. */
export interface GraphqlIssue {
  type?: string | undefined;
  message: string;
  path?: (string | number)[] | undefined;
}

const issueSchema = z.object({
  type: z.string().optional(),
  message: z.string(),
  path: z.array(z.union([z.string(), z.number()])).optional(),
});

/** One GraphQL call. `tolerate` decides which errors are data (a missing team) rather than failures. */
export interface GraphqlCall<T> {
  client: GitHubClient;
  action: string;
  query: string;
  variables: Record<string, unknown>;
  schema: z.ZodType<T>;
  tolerate?: (issue: GraphqlIssue) => boolean;
}

/** Validated data of a GraphQL response and the tolerated errors that came with it. */
export interface GraphqlResult<T> {
  data: T;
  issues: GraphqlIssue[];
}

/**
 * `callGraphql` runs a query with variables and validates `data`. A response with `errors` (Octokit throws a
 * GraphqlResponseError carrying the partial `data`) is returned only when `tolerate` accepts every error;
 * otherwise, and for HTTP or network failures, it throws a GitHubError naming `POST /graphql`.
 */
export async function callGraphql<T>(call: GraphqlCall<T>): Promise<GraphqlResult<T>> {
  const site = { action: call.action, endpoint: GRAPHQL_ENDPOINT };
  let raw: unknown;
  let issues: GraphqlIssue[] = [];
  try {
    raw = await call.client.graphql(call.query, call.variables);
  } catch (error) {
    const partial = partialResponse(error);
    if (!partial || !call.tolerate || !partial.issues.every(call.tolerate)) throw toGitHubError(error, site);
    raw = partial.data;
    issues = partial.issues;
  }
  return { data: parseResponse(call.schema, raw, { ...site, status: 200 }), issues };
}

function partialResponse(error: unknown): { data: unknown; issues: GraphqlIssue[] } | undefined {
  if (typeof error !== "object" || error === null || error instanceof GitHubError) return undefined;
  const shaped = z.object({ errors: z.array(issueSchema).min(1), data: z.record(z.string(), z.unknown()) }).safeParse(error);
  return shaped.success ? { data: shaped.data.data, issues: shaped.data.errors } : undefined;
}
