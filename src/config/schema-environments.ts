import { z } from "zod";
import { approvalsOverrideSchema } from "./schema-approvals.js";
import { environmentTierSchema, globSchema, nameSchema } from "./schema-primitives.js";

/** The tiers an autonomous environment may let through without approval. */
const AUTONOMOUS_TIERS = ["none", "low", "medium"] as const;

/**
 * One deployment environment, recognised by file paths and Terraform workspaces. A file that matches
 * several environments belongs to each (the most sensitive decides); a file that matches none is in
 * environment `unknown`, which is not treated as safe.
 */
export const environmentSchema = z.strictObject({
  /** Name used in reports, `freeze` and `velocity` (`production`). `unknown` is reserved. Names are unique. */
  name: nameSchema,
  /** How sensitive the environment is: `production`, `staging` or `sandbox`. It weighs on blast radius. */
  tier: environmentTierSchema,
  /**
   * Globs (picomatch, relative to the repository root, case-sensitive) of the files in this environment,
   * like `envs/prod/**`; begin with `**` and a slash to match at any depth. Not supported, to keep matching
   * fast and predictable: `!` negation, extglobs, brace ranges, a leading `/`, `\`, more than two `**`,
   * more than two `*` in one folder name, more than four `*` in all.
   */
  paths: z.array(globSchema).max(50).default(() => []),
  /** Terraform / OpenTofu workspace names (exact) whose plans are in this environment. */
  workspaces: z
    .array(
      z.string().regex(/^[A-Za-z0-9_.-]{1,90}$/, {
        error: "expected a workspace name of letters, digits, `.`, `-` and `_`",
      }),
    )
    .max(50)
    .default(() => []),
  /** Approval rules for PRs that touch this environment, overriding keys of the top-level `approvals`. */
  approvals: approvalsOverrideSchema.optional(),
  /**
   * Require a CI plan for every agent PR that touches this environment (`true`), or never (`false`).
   * Unset: `plans.require` decides.
   */
  requirePlan: z.boolean().optional(),
  /**
   * Let agent PRs up to `maxTier` pass without approval when every file they touch is in this environment.
   * They are labelled, reported and audited all the same. Allowed only for `sandbox` environments.
   */
  autonomous: z
    .strictObject({
      /** The most severe tier that passes without approval: `none`, `low` or `medium`. */
      maxTier: z.enum(AUTONOMOUS_TIERS),
    })
    .optional(),
});

/** One environment, defaulted. */
export type EnvironmentConfig = z.output<typeof environmentSchema>;

/**
 * The `environments` list (defaulted in `configSchema`). Setting it replaces the whole default list
 * (production, staging, sandbox), so copy the defaults you want to keep.
 */
export const environmentsSchema = z.array(environmentSchema).max(20);
