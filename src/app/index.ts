/**
 * The Airlock Probot app. No logic here: it wires the handlers and routes to the use case and its
 * dependencies. Probot loads the default export.
 */
import type { ApplicationFunctionOptions, Probot } from "probot";
import { DEFAULT_CONFIG } from "../config/index.js";
import { registerHandlers } from "./handlers.js";
import { healthHandler } from "./health-handler.js";
import { KeyedLock } from "./keyed-lock.js";
import { appSlugResolver } from "./app-slug.js";

export default function airlock(app: Probot, options?: ApplicationFunctionOptions): void {
  registerHandlers(app, {
    now: () => new Date(),
    lock: new KeyedLock(),
    timeoutMs: Number(process.env.AIRLOCK_TIMEOUT_MS ?? 60_000),
    appSlug: appSlugResolver(app),
    labelNamespace: DEFAULT_CONFIG.labels.namespace,
  });
  try {
    options?.addHandler?.(healthHandler);
  } catch {
    // Probot throws "No server instance" when loaded without a server (tests, serverless): no routes then.
  }
}
