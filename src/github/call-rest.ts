import type { z } from "zod";
import type { GitHubClient, GitHubResponse } from "./github-client.js";
import { parseResponse } from "./parse-response.js";
import { toGitHubError } from "./to-github-error.js";

/** One REST call: `route` is an Octokit route template; `action` is the "verb noun" used in error messages. */
export interface RestCall<T> {
  client: GitHubClient;
  action: string;
  route: string;
  params: Record<string, unknown>;
  schema: z.ZodType<T>;
}

/** The validated body of a REST response with its status and headers. */
export interface RestResult<T> {
  status: number;
  headers: GitHubResponse["headers"];
  data: T;
}

/**
 * `callRest` performs one REST request and validates its body with the call's zod schema. Every failure
 * (HTTP error, network error, malformed body) becomes a GitHubError whose endpoint is the route template.
 */
export async function callRest<T>(call: RestCall<T>): Promise<RestResult<T>> {
  const site = { action: call.action, endpoint: call.route };
  let response: GitHubResponse;
  try {
    response = await call.client.request(call.route, call.params);
  } catch (error) {
    throw toGitHubError(error, site);
  }
  const data = parseResponse(call.schema, response.data, { ...site, status: response.status });
  return { status: response.status, headers: response.headers, data };
}

/** `hasNextPage` tells whether a REST response's `link` header has a `rel="next"` page. */
export function hasNextPage(headers: GitHubResponse["headers"]): boolean {
  const link = headers.link;
  return typeof link === "string" && /<[^>]*>;\s*rel="next"/.test(link);
}
