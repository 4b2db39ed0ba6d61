import { z } from "zod";
import { durationSchema, nameSchema } from "./schema-primitives.js";

const limitSchema = z.int().min(0).max(10_000);

/** Limits for one environment or one agent; keys left out keep the section's value. */
const velocityOverrideSchema = z.strictObject({
  /** The sliding window for this environment or agent. */
  window: durationSchema.optional(),
  /** Most merges in the window; empty (`~`) means no limit. */
  maxMerges: limitSchema.nullable().optional(),
  /** Most resources destroyed in the window; empty (`~`) means no limit. */
  maxDestroyed: limitSchema.nullable().optional(),
});

/**
 * The `velocity` section: how fast agents may change infrastructure. Over a sliding window Airlock counts
 * the merged agent infrastructure PRs and the resources they deleted or replaced; an agent PR that would go
 * past a limit is held (approvals do not lift it, a break-glass override does) and the check says when the
 * window frees up.
 */
export const velocitySchema = z.strictObject({
  /** The sliding window: a whole number and `m`, `h`, `d` or `w` (`24h`, `7d`), from 1 minute to 90 days. */
  window: durationSchema.default("24h"),
  /** Most agent infrastructure merges in the window; empty (`~`) means no limit. */
  maxMerges: limitSchema.nullable().default(20),
  /** Most resources deleted or replaced by merged agent PRs in the window; empty (`~`) means no limit. */
  maxDestroyed: limitSchema.nullable().default(25),
  /** Limits for one environment, by environment name (counting only merges that touched it). */
  environments: z.record(nameSchema, velocityOverrideSchema).default(() => ({})),
  /** Limits for one agent, by agent name (`copilot`), counting only that agent's merges. */
  agents: z
    .record(
      z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, { error: "expected an agent name (like `copilot`)" }),
      velocityOverrideSchema,
    )
    .default(() => ({})),
});
