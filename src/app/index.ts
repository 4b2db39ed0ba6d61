/**
 * The Airlock Probot app. No logic here: it opens the audit trail, wires the handlers and HTTP routes to the
 * use case and its dependencies. Probot loads the default export.
 */
import type { ApplicationFunction, ApplicationFunctionOptions, Probot } from "probot";
import { createAuditStore, type AuditStore } from "../audit/index.js";
import { DEFAULT_CONFIG } from "../config/index.js";
import { createFactCache } from "../github/index.js";
import { appSlugResolver } from "./app-slug.js";
import { dashboardHandler } from "./dashboard/index.js";
import { approvalLatencySeconds, createMetrics, metricsOptionsFromEnv } from "./metrics/index.js";
import { registerHandlers } from "./handlers.js";
import { healthHandler } from "./health-handler.js";

/** Dependencies the app can be given instead of building them from the environment (tests, embedding). */
export interface AirlockOptions {
  store?: AuditStore;
  now?: () => Date;
  timeoutMs?: number;
  /** Budget of the in-process cache of immutable GitHub facts, in bytes (default `AIRLOCK_CACHE_MB`, else 64 MB; 0 disables it). */
  cacheBytes?: number;
  /** Told about work that goes on after a delivery is answered (label provisioning at installation), e.g. to await it. */
  background?: (task: Promise<unknown>) => void;
}

/** `createAirlock` builds the Probot app function with the given dependencies (the rest from the environment). */
export function createAirlock(options: AirlockOptions = {}): ApplicationFunction {
  return async (app: Probot, probotOptions?: ApplicationFunctionOptions) => {
    const store = options.store ?? (await createAuditStore({ env: process.env, cwd: process.cwd() }));
    const now = options.now ?? (() => new Date());
    const metrics = createMetrics(metricsOptionsFromEnv(process.env));
    const cache = createFactCache({ maxBytes: options.cacheBytes ?? cacheBytesFromEnv(process.env.AIRLOCK_CACHE_MB) });
    app.log.info({ audit: store.location, engine: store.engine }, "audit trail open");
    registerHandlers(app, {
      now,
      store,
      cache,
      timeoutMs: options.timeoutMs ?? Number(process.env.AIRLOCK_TIMEOUT_MS ?? 60_000),
      appSlug: appSlugResolver(app),
      labelNamespace: DEFAULT_CONFIG.labels.namespace,
      metrics,
      background: options.background,
      onVerdict: (verdict, info) => metrics.recordEvaluation(verdict, info),
      onOpened: async (event) => {
        const seconds = await approvalLatencySeconds(store, event);
        if (seconds !== null) metrics.recordApproval({ latencySeconds: seconds });
      },
    });
    try {
      probotOptions?.addHandler?.(healthHandler);
      probotOptions?.addHandler?.(metrics.handler);
      probotOptions?.addHandler?.(dashboardHandler({ reader: store, token: process.env.AIRLOCK_DASHBOARD_TOKEN, now, log: app.log }));
    } catch {
      // Probot throws "No server instance" when loaded without a server (tests, serverless): no routes then.
    }
  };
}

/** The fact cache's budget from `AIRLOCK_CACHE_MB` (megabytes); 64 MB when unset or not a number ≥ 0. */
function cacheBytesFromEnv(value: string | undefined): number {
  const mb = value === undefined || value.trim() === "" ? Number.NaN : Number(value);
  return (Number.isFinite(mb) && mb >= 0 ? mb : 64) * 1024 * 1024;
}

export default createAirlock();
