import type { AuditEvent } from "../model/audit-event.js";
import { parseInstant } from "./parse-instant.js";

/** The event fields copied into their own columns so the trail can be filtered without parsing JSON. */
export interface EventColumns {
  kind: AuditEvent["kind"];
  at: string;
  /** `at` as epoch milliseconds: instants compare correctly whatever the offset or precision of `at`. */
  atMs: number;
  repository: string;
  pullNumber: number;
  headSha: string | null;
}

/** The kinds of AuditEvent, in the order of the model's union. */
export const AUDIT_EVENT_KINDS: readonly AuditEvent["kind"][] = ["evaluation", "approval", "override", "merge", "config-invalid"];

const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

/**
 * `eventColumns` validates the fields every audit event must have and returns its indexed columns. Throws
 * a TypeError naming the field when `kind` is unknown, `at` is not an ISO 8601 instant, `repository` is
 * not `owner/name` or `pullNumber` is not a positive integer: such an event is refused rather than recorded.
 */
export function eventColumns(event: AuditEvent): EventColumns {
  const value = event as unknown as Record<string, unknown>;
  if (typeof value !== "object" || value === null) throw new TypeError("the event is not an object");
  const kind = value["kind"];
  if (typeof kind !== "string" || !(AUDIT_EVENT_KINDS as readonly string[]).includes(kind)) {
    throw new TypeError(`unknown kind ${JSON.stringify(kind)}`);
  }
  const at = value["at"];
  const atMs = typeof at === "string" ? parseInstant(at) : Number.NaN;
  if (typeof at !== "string" || Number.isNaN(atMs)) throw new TypeError(`at is not an ISO 8601 instant: ${JSON.stringify(at)}`);
  const repository = value["repository"];
  if (typeof repository !== "string" || !REPOSITORY.test(repository)) {
    throw new TypeError(`repository is not owner/name: ${JSON.stringify(repository)}`);
  }
  const pullNumber = value["pullNumber"];
  if (typeof pullNumber !== "number" || !Number.isSafeInteger(pullNumber) || pullNumber < 1) {
    throw new TypeError(`pullNumber is not a positive integer: ${JSON.stringify(pullNumber)}`);
  }
  const headSha = typeof value["headSha"] === "string" ? value["headSha"] : null;
  return { kind: kind as AuditEvent["kind"], at, atMs, repository, pullNumber, headSha };
}
