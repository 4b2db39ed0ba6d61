/**
 * A bounded, in-process cache of immutable GitHub facts (a PR's files and commits for one base/head pair, a
 * blob's text at one commit, the app that opened a PR). Facts that decide the gate and change over time
 * (reviews, permissions, team members, the config, plan runs, check runs, comments) must never be put here.
 */
export interface FactCache {
  /** The value stored under `key`, or undefined; marks it most recently used. Values are shared: never mutate them. */
  get<T>(key: string): T | undefined;
  /** Stores a complete, successful answer under `key`, evicting the least recently used entries past the byte budget. */
  set(key: string, value: unknown): void;
}

/** `approximateBytes` estimates what a JSON-like value holds in memory (UTF-16 code units of its JSON, times 2). */
export function approximateBytes(value: unknown): number {
  return 2 * (JSON.stringify(value) ?? "").length + 64;
}

/**
 * `createFactCache` returns an LRU cache bounded by `maxBytes` (estimated by `approximateBytes`). A single value
 * larger than an eighth of the budget is not stored, so one huge PR cannot evict everything else. A budget of
 * 0 stores nothing.
 */
export function createFactCache(options: { maxBytes: number }): FactCache {
  const entries = new Map<string, { value: unknown; bytes: number }>();
  let used = 0;
  return {
    get<T>(key: string): T | undefined {
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      entries.delete(key);
      entries.set(key, entry);
      return entry.value as T;
    },
    set(key: string, value: unknown): void {
      const bytes = approximateBytes(value);
      const previous = entries.get(key);
      if (previous !== undefined) {
        entries.delete(key);
        used -= previous.bytes;
      }
      if (bytes > options.maxBytes / 8) return;
      entries.set(key, { value, bytes });
      used += bytes;
      for (const [oldest, entry] of entries) {
        if (used <= options.maxBytes) break;
        entries.delete(oldest);
        used -= entry.bytes;
      }
    },
  };
}
