/**
 * `startAppProcess` forks the app under test into its own Node process (app-process.ts, loaded through tsx)
 * and returns a handle that calls it over IPC. The load generator and the fake GitHub stay in the caller's
 * process, so the app's process does only the app's work, as in production.
 */
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { AppFinish, AppRequest, AppResponse, AppStart } from "./app-protocol.js";
import type { MemorySample } from "./memory-trend.js";

/** A running app process. */
export interface AppProcess {
  webhookUrl: string;
  pid: number;
  /** Memory of the app's process after a forced full GC there. */
  sample: (deliveries: number) => Promise<MemorySample>;
  /** CPU time (user + system, all threads) the app's process has used so far, in milliseconds. */
  cpuMs: () => Promise<number>;
  /** Writes a heap snapshot of the app's process to `path`; returns the file written. */
  heapSnapshot: (path: string) => Promise<string>;
  /** Verifies the audit chain, reads the held locks, closes the server and the audit trail; the process exits. */
  finish: () => Promise<AppFinish>;
  /** Kills the process (after a failure). */
  kill: () => void;
}

/** Options of `startAppProcess`: what to serve, and an optional directory for CPU profiles of the app's process. */
export interface StartAppOptions extends AppStart {
  /**
   * Write V8 CPU profiles (`--cpu-prof`) of the app's process into this directory: one per thread, the main
   * thread's is the largest (the others are tsx's module loader thread).
   */
  cpuProfileDir?: string;
}

const root = fileURLToPath(new URL("../..", import.meta.url));
const entry = fileURLToPath(new URL("./app-process.ts", import.meta.url));
type RequestBody = AppRequest extends infer R ? (R extends AppRequest ? Omit<R, "id"> : never) : never;

/** `startAppProcess` forks the app process and starts serving. */
export async function startAppProcess(options: StartAppOptions): Promise<AppProcess> {
  const { cpuProfileDir, ...start } = options;
  const profile = cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${cpuProfileDir}`] : [];
  const child: ChildProcess = fork(entry, [], { cwd: root, execArgv: ["--import", "tsx", "--expose-gc", ...profile], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let exited: string | undefined;
  child.on("message", (response: AppResponse) => {
    const waiter = pending.get(response.id);
    pending.delete(response.id);
    if (response.ok) waiter?.resolve(response.value);
    else waiter?.reject(new Error(`app process: ${response.error}`));
  });
  child.on("exit", (code, signal) => {
    exited = `app process exited (${signal ?? code})`;
    for (const waiter of pending.values()) waiter.reject(new Error(exited));
    pending.clear();
  });
  const call = <T>(request: RequestBody): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (exited) return reject(new Error(exited));
      const id = nextId++;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      child.send({ ...request, id } as AppRequest);
    });
  const exit = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    const { webhookUrl } = await call<{ webhookUrl: string }>({ op: "start", options: start });
    return {
      webhookUrl,
      pid: child.pid!,
      sample: (deliveries) => call({ op: "sample", deliveries }),
      cpuMs: () => call({ op: "cpu" }),
      heapSnapshot: (path) => call({ op: "heapSnapshot", path }),
      finish: async () => {
        const result = await call<AppFinish>({ op: "finish" });
        await exit;
        return result;
      },
      kill: () => {
        if (!exited) child.kill();
      },
    };
  } catch (error) {
    child.kill();
    throw error;
  }
}
