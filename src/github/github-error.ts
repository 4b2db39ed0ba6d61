/** What a GitHubError is built from. `action` is a "verb noun" phrase (`list pull request files`). */
export interface GitHubErrorInit {
  action: string;
  /** The route template or operation, never a URL with a query string (`GET /repos/{owner}/{repo}/pulls/{pull_number}`). */
  endpoint: string;
  /** HTTP status received; 200 for GraphQL-level errors and malformed bodies, 0 when no response arrived. */
  status: number;
  /** A short human explanation; secrets are redacted before it is stored. */
  detail: string;
  requestId?: string | undefined;
  retryAfterSeconds?: number | undefined;
  cause?: unknown;
}

/**
 * `GitHubError` is the only error src/github throws for a failed or malformed GitHub exchange.
 * Its message reads "verb noun: status detail (endpoint, request id …)" and never contains tokens,
 * authorization headers or URLs with query strings. `retryAfterSeconds` is set for rate limits.
 */
export class GitHubError extends Error {
  override readonly name = "GitHubError";
  readonly action: string;
  readonly status: number;
  readonly endpoint: string;
  readonly requestId: string | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(init: GitHubErrorInit) {
    super(formatMessage(init), { cause: init.cause });
    this.action = init.action;
    this.status = init.status;
    this.endpoint = init.endpoint;
    this.requestId = init.requestId;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }

  /** `isRateLimited` tells whether GitHub asked the caller to wait before retrying. */
  get isRateLimited(): boolean {
    return this.retryAfterSeconds !== undefined;
  }
}

/** `isNotFound` tells whether an error is a GitHubError with status 404. */
export function isNotFound(error: unknown): boolean {
  return error instanceof GitHubError && error.status === 404;
}

const SECRET_PATTERNS: readonly RegExp[] = [
  /\bgh[pousr]_[A-Za-z0-9_]{16,}/g,
  /\bgithub_pat_[A-Za-z0-9_]{16,}/g,
  /\bv1\.[0-9a-f]{40}\b/g,
  /\b(?:bearer|token|basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi,
];
const SECRET_QUERY = /([?&](?:access_token|client_secret|token|sig|signature)=)[^&\s]+/gi;

/** `redactSecrets` replaces anything shaped like a GitHub token, a credential header value or a signed query parameter. */
export function redactSecrets(text: string): string {
  let out = text.replace(SECRET_QUERY, "$1[REDACTED]");
  for (const pattern of SECRET_PATTERNS) out = out.replace(pattern, "[REDACTED]");
  return out;
}

const MAX_DETAIL = 300;

function formatMessage(init: GitHubErrorInit): string {
  const detail = redactSecrets(init.detail.replace(/\s+/g, " ").trim()).slice(0, MAX_DETAIL);
  const where = [init.endpoint];
  if (init.requestId) where.push(`request id ${init.requestId}`);
  if (init.retryAfterSeconds !== undefined) where.push(`retry after ${init.retryAfterSeconds}s`);
  const status = init.status > 0 ? `${init.status} ` : "";
  return `${init.action}: ${status}${detail || "request failed"} (${where.join(", ")})`;
}
