export { approvalLatencySeconds } from "./approval-latency.js";
export { createMetrics, type AirlockMetrics, type MeteredVerdict, type MetricsOptions } from "./create-metrics.js";
export { metricsHandler } from "./metrics-handler.js";
export { metricsOptionsFromEnv } from "./metrics-options-from-env.js";
