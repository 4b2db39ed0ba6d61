/**
 * The messages between a load test (parent) and its app process (app-process.ts) over Node's IPC channel:
 * each request carries an id, and the app answers it once with the value or the error's stack.
 */
import type { AuditMode } from "./audit-store.js";

/** Which app serves the webhooks. */
export type LoadTarget = "airlock" | "minimal";

/** What the app process serves, and where GitHub is. */
export interface AppStart {
  target: LoadTarget;
  audit: AuditMode;
  secret: string;
  /** Base URL of the fake GitHub API, for Octokit's `baseUrl`. */
  githubUrl: string;
}

/** What the app process reports when the load test is over. */
export interface AppFinish {
  /** The audit trail's hash chain verified after the run (Airlock only): records and whether it holds. */
  auditChain?: { ok: boolean; records: number; detail: string };
  /** Per-PR lock keys still held, and locks seen. */
  locks: { seen: number; heldKeys: number };
}

/** A request to the app process. */
export type AppRequest = { id: number } & (
  | { op: "start"; options: AppStart }
  | { op: "sample"; deliveries: number }
  | { op: "cpu" }
  | { op: "heapSnapshot"; path: string }
  | { op: "finish" }
);

/** The app process's answer to request `id`. */
export type AppResponse = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };
