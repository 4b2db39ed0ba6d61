import { AuditStoreError } from "./audit-store-error.js";

/**
 * `KeyedMutex` runs tasks with the same key one at a time, in arrival order, within one process; tasks
 * with different keys run concurrently. A task that cannot start within `timeoutMs` rejects with
 * AuditStoreError ("acquire lock …: timed out") and never runs; the queue behind it is unaffected.
 */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<void>>();

  /** Runs `task` once every earlier task of `key` has settled, or rejects after `timeoutMs` of waiting. */
  async run<T>(key: string, timeoutMs: number, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => released);
    this.tails.set(key, tail);
    try {
      await waitAtMost(previous, timeoutMs, key);
      return await task();
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}

async function waitAtMost(promise: Promise<void>, timeoutMs: number, key: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(lockTimeout(key, timeoutMs)), timeoutMs);
  });
  try {
    await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** `lockTimeout` is the error every engine throws when `withLock` gives up waiting for `key`. */
export function lockTimeout(key: string, timeoutMs: number): AuditStoreError {
  return new AuditStoreError(`acquire lock ${key}`, `timed out after ${timeoutMs} ms (another holder still has it)`);
}

const shared = new Map<string, KeyedMutex>();

/** `sharedKeyedMutex` returns the one KeyedMutex of this process for `name` (created on first use). */
export function sharedKeyedMutex(name: string): KeyedMutex {
  let mutex = shared.get(name);
  if (mutex === undefined) shared.set(name, (mutex = new KeyedMutex()));
  return mutex;
}
