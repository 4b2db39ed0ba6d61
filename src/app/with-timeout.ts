/** A step that took longer than its budget. */
export class TimeoutError extends Error {
  override readonly name = "TimeoutError";
}

/** `withTimeout` rejects with TimeoutError when `work` does not settle within `ms` milliseconds. */
export async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what} timed out after ${Math.round(ms / 1000)} s`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
