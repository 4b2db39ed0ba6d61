import { redactUrl } from "./redact-url.js";

/**
 * `AuditStoreError` is the only error an AuditStore throws. Its message reads "verb noun: detail"
 * (`append audit event: connect ECONNREFUSED 127.0.0.1:5432`) with credentials redacted. When `append`
 * throws it, nothing was recorded and the caller must keep the gate closed. `cause` keeps the driver's error
 * (its message and stack redacted the same way; its `code`, e.g. a Postgres SQLSTATE, preserved).
 */
export class AuditStoreError extends Error {
  override readonly name = "AuditStoreError";
  /** The operation that failed, as a "verb noun" phrase (`open audit store`, `append audit event`). */
  readonly action: string;

  constructor(action: string, detail: string, options?: { cause?: unknown }) {
    super(`${action}: ${redactUrl(detail)}`, options?.cause === undefined ? undefined : { cause: redactedCause(options.cause) });
    this.action = action;
  }
}

/**
 * `toAuditStoreError` wraps any error thrown while performing `action`; an AuditStoreError passes through
 * unchanged, so nested operations do not stack prefixes.
 */
export function toAuditStoreError(action: string, error: unknown): AuditStoreError {
  if (error instanceof AuditStoreError) return error;
  return new AuditStoreError(action, describeError(error), { cause: error });
}

function describeError(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return describeError(error.errors[0]);
  if (error instanceof Error) return error.message || String((error as { code?: unknown }).code ?? error.name);
  return String(error);
}

function redactedCause(cause: unknown): unknown {
  if (!(cause instanceof Error)) return typeof cause === "string" ? redactUrl(cause) : cause;
  const copy = new Error(redactUrl(cause.message));
  copy.name = cause.name;
  copy.stack = cause.stack === undefined ? undefined : redactUrl(cause.stack);
  const code = (cause as { code?: unknown }).code;
  if (code !== undefined) Object.assign(copy, { code });
  return copy;
}
