import type pg from "pg";

/** Advisory-lock namespace (first key) for Airlock's own locks: migrating and appending ("ARLK"). */
export const INTERNAL_LOCK_CLASS = 0x41524c4b;
/** Advisory-lock namespace for `withLock` keys, apart from the internal ones so no key can collide with them. */
export const USER_LOCK_CLASS = INTERNAL_LOCK_CLASS + 1;

/** An advisory lock: a namespace and a text key, hashed by Postgres (`hashtext`) into the second lock key. */
export interface AdvisoryLockId {
  lockClass: number;
  key: string;
}

/**
 * `acquireSessionLock` takes a session-level advisory lock on `client`, waiting at most `timeoutMs`
 * (`lock_timeout` applies to advisory locks). Resolves true once held and false on timeout; other errors
 * reject. The lock outlives the short transaction used to scope `lock_timeout` and is held until
 * `releaseSessionLock` or until the session ends — which is what frees it when a holder process dies.
 */
export async function acquireSessionLock(client: pg.PoolClient, lock: AdvisoryLockId, timeoutMs: number): Promise<boolean> {
  await client.query("BEGIN");
  try {
    // lock_timeout bounds the wait; statement_timeout is lifted so it cannot cut the wait short with another error.
    await client.query("SELECT set_config('lock_timeout', $1, true), set_config('statement_timeout', '0', true)", [`${Math.max(1, Math.ceil(timeoutMs))}ms`]);
    await client.query("SELECT pg_advisory_lock($1, hashtext($2::text))", [lock.lockClass, lock.key]);
    await client.query("COMMIT");
    return true;
  } catch (error) {
    await client.query("ROLLBACK");
    if ((error as { code?: unknown }).code === "55P03") return false;
    throw error;
  }
}

/** `releaseSessionLock` releases a lock taken by `acquireSessionLock` on the same client. */
export async function releaseSessionLock(client: pg.PoolClient, lock: AdvisoryLockId): Promise<void> {
  await client.query("SELECT pg_advisory_unlock($1, hashtext($2::text))", [lock.lockClass, lock.key]);
}

/**
 * `withSessionLock` runs fn on a client of `pool` while holding `lock`, then releases it. A client whose
 * release failed is destroyed rather than returned to the pool, so the server drops the lock with the
 * session. `onTimeout` builds the error thrown when the lock is not acquired in time; fn's errors pass through.
 */
export async function withSessionLock<T>(
  pool: pg.Pool,
  lock: AdvisoryLockId,
  timeoutMs: number,
  onTimeout: () => Error,
  fn: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let acquired: boolean;
  try {
    acquired = await acquireSessionLock(client, lock, timeoutMs);
  } catch (error) {
    client.release(error as Error);
    throw error;
  }
  if (!acquired) {
    client.release();
    throw onTimeout();
  }
  try {
    return await fn(client);
  } finally {
    await releaseSessionLock(client, lock).then(
      () => client.release(),
      (error: unknown) => client.release(error instanceof Error ? error : new Error(String(error))),
    );
  }
}
