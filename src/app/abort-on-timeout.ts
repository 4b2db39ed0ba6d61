import { AsyncLocalStorage } from "node:async_hooks";

/** The part of an Octokit instance used here: its request hook. */
export interface HookedOctokit {
  hook?: { wrap(name: "request", wrapper: (request: (options: Record<string, unknown>) => Promise<unknown>, options: Record<string, unknown>) => Promise<unknown>): void };
}

const budgets = new AsyncLocalStorage<AbortSignal>();
const hooked = new WeakSet<object>();

/**
 * `abortOnTimeout` gives an evaluation a budget its GitHub requests obey: `run(work)` runs `work` so that every
 * request it makes through this delivery's Octokit — however deep in its async chain, and even after the
 * caller stopped waiting — carries an abort signal; `abort()` cancels those in flight and refuses new ones.
 * Requests made outside `run` (the failure check the caller publishes after a timeout) are untouched. So an
 * abandoned evaluation can never publish a stale verdict over the failure check.
 */
export function abortOnTimeout(octokit: HookedOctokit): { signal: AbortSignal; abort: () => void; run: <T>(work: () => Promise<T>) => Promise<T> } {
  const controller = new AbortController();
  if (octokit.hook && !hooked.has(octokit)) {
    hooked.add(octokit);
    octokit.hook.wrap("request", (request, options) => {
      const signal = budgets.getStore();
      if (!signal) return request(options);
      if (signal.aborted) return Promise.reject(new Error("the evaluation ran out of time; request cancelled"));
      return request({ ...options, request: { ...(options.request as Record<string, unknown> | undefined), signal } });
    });
  }
  return {
    signal: controller.signal,
    abort: () => controller.abort(new Error("evaluation timed out")),
    run: (work) => budgets.run(controller.signal, work),
  };
}
