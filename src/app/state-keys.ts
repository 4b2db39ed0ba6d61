/**
 * Keys of what Airlock remembers between evaluations in the audit store's key-value state. Each value is a hint
 * that saves requests; losing one costs requests (or a cosmetic duplicate), never a wrong gate.
 */
export const stateKeys = {
  /** Id of the `Airlock` check run last published on a head SHA. */
  checkRun: (repo: string, headSha: string) => `check:${repo}@${headSha}`,
  /** `<comment id>:<body digest>` of the sticky comment last published on a PR. */
  comment: (repo: string, pullNumber: number) => `comment:${repo}#${pullNumber}`,
  /** JSON list of the Airlock labels last applied to a PR (what a payload's older label list may miss). */
  appliedLabels: (repo: string, pullNumber: number) => `labels:${repo}#${pullNumber}`,
  /** JSON list of Airlock labels already styled in a repository (provisioned at installation or styled once). */
  styledLabels: (repo: string) => `label-styles:${repo}`,
  /** JSON `{ updatedAt, digest }` of the newest version of a PR an evaluation has read, to spot out-of-order payloads. */
  pullRequestSeen: (repo: string, pullNumber: number) => `pr-seen:${repo}#${pullNumber}`,
} as const;

/** The key-value state Airlock reads and writes (the audit store's `getState`/`setState`). */
export interface StateMemory {
  getState(key: string): Promise<string | null>;
  setState(key: string, value: string): Promise<void>;
}

/** `readList` reads a JSON list of strings from the state; an absent, unreadable or malformed value is an empty list. */
export async function readList(memory: StateMemory | undefined, key: string): Promise<string[]> {
  const raw = (await memory?.getState(key).catch(() => null)) ?? null;
  if (raw === null) return [];
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}

/** `writeState` stores a value, best-effort: a state that cannot be written only costs requests later. */
export async function writeState(memory: StateMemory | undefined, key: string, value: string): Promise<void> {
  await memory?.setState(key, value).catch(() => undefined);
}
