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
  /** The environments it reached; null when absent or unreadable (the merge then counts for every environment). */
  environments: string[] | null;
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
    const environments = readEnvironments(fields.environments, fields.environment);
    const destroyed = readCount(fields.destroyed);
    return { at, agent, environments, destroyed, unreadable: at === null || agent === null || destroyed === Infinity };
  });
}

/** `environments` when it is a list of strings, else the single `environment`, else null (unknown). */
function readEnvironments(list: unknown, single: unknown): string[] | null {
  if (Array.isArray(list) && list.length > 0 && list.every((e) => typeof e === "string")) return list as string[];
  return typeof single === "string" ? [single] : null;
}
