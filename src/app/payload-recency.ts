import { createHash } from "node:crypto";
import { stateKeys, writeState, type StateMemory } from "./state-keys.js";

/** The newest version of a PR an evaluation has read: its `updated_at`, and the payload's digest when it came from one. */
interface Seen {
  updatedAt: string;
  digest: string | null;
}

/** `payloadDigest` fingerprints a webhook's pull request object (a redelivery has the same one). */
export function payloadDigest(payload: unknown): string {
  return createHash("sha256").update(JSON.stringify(payload) ?? "").digest("hex");
}

/**
 * `isPayloadCurrent` tells whether a `pull_request.*` payload may stand in for `GET …/pulls/{n}`: it must not be
 * older than the newest version of the PR an evaluation has already read. A payload with a later `updated_at` is
 * current; one with the same `updated_at` only if it is the same payload (a redelivery); an older one, a payload
 * without `updated_at`, or a memory that cannot be read, is not (the PR is then read from the API). This is what
 * keeps out-of-order deliveries from evaluating an older title, body or label list than one already seen.
 */
export async function isPayloadCurrent(params: { memory: StateMemory | undefined; repo: string; pullNumber: number; payload: unknown }): Promise<boolean> {
  const updatedAt = updatedAtOf(params.payload);
  if (updatedAt === undefined || params.memory === undefined) return false;
  let seen: Seen | null;
  try {
    seen = parseSeen(await params.memory.getState(stateKeys.pullRequestSeen(params.repo, params.pullNumber)));
  } catch {
    return false;
  }
  if (seen === null) return true;
  const order = compare(updatedAt, seen.updatedAt);
  if (order === undefined) return false;
  return order > 0 || (order === 0 && seen.digest === payloadDigest(params.payload));
}

/**
 * `rememberSeen` records the version of the PR an evaluation read, unless a newer one is remembered already.
 * `digest` is the payload's when the PR came from a payload, null when it was read from the API.
 */
export async function rememberSeen(params: { memory: StateMemory | undefined; repo: string; pullNumber: number; updatedAt: string | undefined; digest: string | null }): Promise<void> {
  if (params.updatedAt === undefined || params.memory === undefined) return;
  const key = stateKeys.pullRequestSeen(params.repo, params.pullNumber);
  const seen = parseSeen(await params.memory.getState(key).catch(() => null));
  const order = seen === null ? 1 : compare(params.updatedAt, seen.updatedAt);
  if (order === undefined || order < 0) return;
  await writeState(params.memory, key, JSON.stringify({ updatedAt: params.updatedAt, digest: params.digest } satisfies Seen));
}

function updatedAtOf(payload: unknown): string | undefined {
  const value = (payload as { updated_at?: unknown } | null)?.updated_at;
  return typeof value === "string" ? value : undefined;
}

function compare(a: string, b: string): number | undefined {
  const x = Date.parse(a);
  const y = Date.parse(b);
  if (Number.isNaN(x) || Number.isNaN(y)) return undefined;
  return Math.sign(x - y);
}

function parseSeen(raw: string | null): Seen | null {
  if (raw === null) return null;
  try {
    const value = JSON.parse(raw) as Partial<Seen>;
    return typeof value.updatedAt === "string" ? { updatedAt: value.updatedAt, digest: typeof value.digest === "string" ? value.digest : null } : null;
  } catch {
    return null;
  }
}
