import { describe, expect, it } from "vitest";
import { metricsOptionsFromEnv } from "../../../src/app/metrics/metrics-options-from-env.js";

describe("metricsOptionsFromEnv", () => {
  it.each([
    [{}, []],
    [{ AIRLOCK_METRICS_REPOSITORIES: "" }, []],
    [{ AIRLOCK_METRICS_REPOSITORIES: "acme/infra" }, ["acme/infra"]],
    [{ AIRLOCK_METRICS_REPOSITORIES: " acme/infra, acme/platform  acme/dns ," }, ["acme/infra", "acme/platform", "acme/dns"]],
  ])("%j → %j", (env, repositories) => {
    expect(metricsOptionsFromEnv(env)).toEqual({ repositories });
  });
});
