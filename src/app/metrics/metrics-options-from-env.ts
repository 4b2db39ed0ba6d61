import type { MetricsOptions } from "./create-metrics.js";

/**
 * `metricsOptionsFromEnv` reads `AIRLOCK_METRICS_REPOSITORIES`, a comma- or space-separated list of
 * `owner/name` repositories that get their own `repository` label value (default: none).
 */
export function metricsOptionsFromEnv(env: Readonly<Record<string, string | undefined>>): MetricsOptions {
  const repositories = (env.AIRLOCK_METRICS_REPOSITORIES ?? "").split(/[\s,]+/).filter((r) => r.length > 0);
  return { repositories };
}
