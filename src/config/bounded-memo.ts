/**
 * `boundedMemo` remembers the results of a pure function by a string key, keeping at most `size` entries
 * (least recently used evicted first). Results are deep-frozen when remembered, so nothing can change what
 * the next caller gets (callers that hand results on copy them). Used for config parsing, which every
 * evaluation repeats on the same input.
 */
import { deepFreeze } from "./deep-freeze.js";

/** A memoised function: `get(key, compute)` returns the remembered result for `key` or computes and keeps it. */
export interface BoundedMemo<T> {
  get(key: string, compute: () => T): T;
  /** How many results are remembered. */
  readonly size: number;
}

/** `boundedMemo` creates an empty memo holding at most `size` results. */
export function boundedMemo<T>(size: number): BoundedMemo<T> {
  const entries = new Map<string, T>();
  return {
    get(key, compute) {
      if (entries.has(key)) {
        const value = entries.get(key) as T;
        entries.delete(key);
        entries.set(key, value);
        return value;
      }
      const value = deepFreeze(compute());
      if (entries.size >= size) entries.delete(entries.keys().next().value!);
      entries.set(key, value);
      return value;
    },
    get size() {
      return entries.size;
    },
  };
}
