/**
 * `probeKeyedLocks` records every KeyedMutex (the per-PR lock behind the audit store's `withLock`) that runs a
 * task from now on, so a load test can check that no key is left behind once every delivery has been
 * answered. It wraps the prototype's `run` without changing what it does; `restore()` puts the original back.
 */
import { KeyedMutex } from "../../src/audit/keyed-mutex.js";

/** The locks seen and how many keys they still hold. */
export interface LockProbe {
  locks: () => number;
  heldKeys: () => number;
  restore: () => void;
}

/** `probeKeyedLocks` starts recording. */
export function probeKeyedLocks(): LockProbe {
  const seen = new Set<KeyedMutex>();
  const original = KeyedMutex.prototype.run;
  KeyedMutex.prototype.run = function run<T>(this: KeyedMutex, key: string, timeoutMs: number, task: () => Promise<T>): Promise<T> {
    seen.add(this);
    return original.call(this, key, timeoutMs, task) as Promise<T>;
  };
  return {
    locks: () => seen.size,
    heldKeys: () => [...seen].reduce((n, lock) => n + lock["tails"].size, 0),
    restore: () => {
      KeyedMutex.prototype.run = original;
    },
  };
}
