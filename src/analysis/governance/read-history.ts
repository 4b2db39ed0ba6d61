import type { HistoryEntry } from "../../model/snapshot.js";
import { parseInstant } from "./parse-instant.js";
import { readCount } from "./read-count.js";

/**
 * One past agent merge as the velocity limits count it. A field that cannot be read is widened so that the
 * merge counts rather than slipping through: the limits fail closed.
 */
export interface CountedMerge {
  /** When it merged (epoch milliseconds); null when `mergedAt` is not an ISO 8601 instant with a zone. */
  at: number | null;
  /** The agent's name in lower case; null when it is not a string (the merge then counts for every agent). */
  agent: string | null;
  /** The environment; null when absent or not a string (the merge then counts for every environment). */
  environment: string | null;
  /** Resources deleted or replaced; `Infinity` when the recorded count is not a number of at least 0. */
  destroyed: number;
  /** True when `mergedAt`, `agent` or `destroyed` could not be read. */
  unreadable: boolean;
}

/**
 * `readHistory` turns the snapshot's merge history into counted merges, never throwing on a malformed entry
 * (a non-object entry is kept as a fully unreadable merge, which counts everywhere and never leaves a window).
 */
export function readHistory(history: readonly HistoryEntry[]): CountedMerge[] {
  return history.map((entry: unknown) => {
    const fields: Partial<Record<keyof HistoryEntry, unknown>> = typeof entry === "object" && entry !== null ? entry : {};
    const at = parseInstant(fields.mergedAt) ?? null;
    const agent = typeof fields.agent === "string" ? fields.agent.toLowerCase() : null;
    const environment = typeof fields.environment === "string" ? fields.environment : null;
    const destroyed = readCount(fields.destroyed);
    return { at, agent, environment, destroyed, unreadable: at === null || agent === null || destroyed === Infinity };
  });
}
