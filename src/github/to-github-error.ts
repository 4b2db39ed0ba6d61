import { GitHubError } from "./github-error.js";

type Headers = Record<string, unknown>;

/** Where a failed call was going, for the error message. */
export interface CallSite {
  action: string;
  endpoint: string;
}

/**
 * `toGitHubError` turns whatever an Octokit call threw (a RequestError, a GraphqlResponseError, a network or
 * programming error) into a GitHubError for `site`. The error is recognised by shape, not `instanceof`, because
 * Probot and @octokit/rest may carry different copies of the error classes. Only GitHub's own `message` field
 * is quoted; request options, headers and URLs are never read into the message. Rate limits (429, or 403 with
 * `retry-after` / an exhausted `x-ratelimit-remaining`) get `retryAfterSeconds`. `nowMs` is for tests.
 */
export function toGitHubError(error: unknown, site: CallSite, nowMs: number = Date.now()): GitHubError {
  if (error instanceof GitHubError) return error;
  const record = isRecord(error) ? error : {};
  const response = isRecord(record.response) ? record.response : undefined;
  const headers: Headers = isRecord(response?.headers) ? response.headers : isRecord(record.headers) ? record.headers : {};
  const status = typeof record.status === "number" ? record.status : Array.isArray(record.errors) ? 200 : 0;
  return new GitHubError({
    ...site,
    status,
    detail: detailOf(record, response),
    requestId: headerText(headers, "x-github-request-id"),
    retryAfterSeconds: retryAfterSeconds(status, headers, detailOf(record, response), nowMs),
    cause: error,
  });
}

function detailOf(record: Record<string, unknown>, response: Record<string, unknown> | undefined): string {
  if (Array.isArray(record.errors)) {
    const messages = record.errors.map((e) => (isRecord(e) && typeof e.message === "string" ? e.message : "unknown error"));
    return `GraphQL error: ${messages.join("; ")}`;
  }
  const data = response?.data;
  if (isRecord(data) && typeof data.message === "string") return data.message;
  if (typeof record.message === "string") return record.message;
  return "request failed";
}

/**
 * `retryAfterSeconds` follows GitHub's documented order: `retry-after` wins; else an exhausted primary limit
 * waits until `x-ratelimit-reset`; else a 429 or a 403 secondary limit waits one minute. Other errors: undefined.
 */
export function retryAfterSeconds(status: number, headers: Headers, detail: string, nowMs: number): number | undefined {
  const retryAfter = headerText(headers, "retry-after");
  const remaining = headerText(headers, "x-ratelimit-remaining");
  const reset = Number(headerText(headers, "x-ratelimit-reset"));
  const limited = status === 429 || ((status === 403 || status === 200) && (retryAfter !== undefined || remaining === "0" || /rate limit/i.test(detail)));
  if (!limited) return undefined;
  if (retryAfter !== undefined) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) return Math.max(0, Math.ceil((date - nowMs) / 1000));
  }
  if (remaining === "0" && Number.isFinite(reset) && reset > 0) return Math.max(0, Math.ceil(reset - nowMs / 1000));
  return 60;
}

function headerText(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  if (typeof value === "string" && value !== "") return value;
  if (typeof value === "number") return String(value);
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
