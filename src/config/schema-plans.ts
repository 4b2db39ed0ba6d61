import { z } from "zod";
import { environmentTierSchema, tierSchema } from "./schema-primitives.js";

const MIB = 1024 * 1024;

/**
 * The `plans` section: where Airlock reads the `terraform show -json` plans CI produced for a PR's head
 * commit, and when a plan is required. Without a plan Airlock reads the HCL or template diff, which is less
 * certain.
 */
export const plansSchema = z.strictObject({
  /**
   * The only workflow file whose artifacts Airlock trusts as plans. A plan from any other workflow (which an
   * agent could write) is ignored. The file is a governance file: agent edits to it are tamper.
   */
  workflow: z
    .string()
    .regex(/^\.github\/workflows\/[A-Za-z0-9._-]+\.ya?ml$/, {
      error: "expected a workflow file in `.github/workflows/` ending in `.yml` or `.yaml`",
    })
    .default(".github/workflows/airlock-plan.yml"),
  /** Artifacts of that workflow whose name starts with this prefix hold plans (`airlock-plan-prod`). */
  artifactPrefix: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, {
      error: "expected an artifact name prefix of letters, digits, `.`, `-` and `_`",
    })
    .default("airlock-plan"),
  /**
   * When an agent PR must come with a plan for its head commit; it waits (`action_required`) until one
   * arrives. An environment's `requirePlan` overrides this for that environment.
   */
  require: z
    .strictObject({
      /** Tiers (the more severe of destructiveness and blast radius) that require a plan. */
      tiers: z.array(tierSchema).max(5).default(() => ["high" as const, "critical" as const]),
      /** Environment tiers that require a plan whenever a PR touches an environment of that tier. */
      environmentTiers: z.array(environmentTierSchema).max(3).default(() => ["production" as const]),
    })
    .prefault({}),
  /** Largest plan artifact downloaded, compressed, in bytes (default 50 MiB). A larger one is unreadable. */
  maxArtifactBytes: z
    .int()
    .min(1024)
    .max(512 * MIB)
    .default(50 * MIB),
  /** Largest plan read, uncompressed, in bytes (default 100 MiB), which also stops zip bombs. */
  maxPlanBytes: z
    .int()
    .min(1024)
    .max(512 * MIB)
    .default(100 * MIB),
});
