import { z } from "zod";
import { approvalCountSchema, teamListSchema } from "./schema-primitives.js";

/**
 * Approvals needed by tier. A PR's tier is the more severe of its destructiveness and blast-radius tiers:
 * `none` 0, `low` 1–24, `medium` 25–49, `high` 50–79, `critical` 80–100. Counts must not decrease as the
 * tier rises.
 */
const tierCountsSchema = z.strictObject({
  /** Approvals for an agent PR that touches infrastructure but scores 0 (no change found). */
  none: approvalCountSchema.default(0),
  /** Approvals for a `low` tier PR (score 1–24). */
  low: approvalCountSchema.default(1),
  /** Approvals for a `medium` tier PR (score 25–49). */
  medium: approvalCountSchema.default(1),
  /** Approvals for a `high` tier PR (score 50–79). */
  high: approvalCountSchema.default(2),
  /** Approvals for a `critical` tier PR (score 80–100). */
  critical: approvalCountSchema.default(2),
});

/** Teams required by tier (each list applies to its tier and every more severe one). */
const tierTeamsSchema = z.strictObject({
  /** Teams required from tier `none` up. */
  none: teamListSchema.optional(),
  /** Teams required from tier `low` up. */
  low: teamListSchema.optional(),
  /** Teams required from tier `medium` up. */
  medium: teamListSchema.optional(),
  /** Teams required from tier `high` up. */
  high: teamListSchema.optional(),
  /** Teams required at tier `critical`. */
  critical: teamListSchema.optional(),
});

const BINDINGS = ["commit", "plan"] as const;

/** The `approvals` section: who must approve an agent infrastructure PR, and which reviews count. */
export const approvalsSchema = z.strictObject({
  /** Human approvals required at each tier (0–10). Defaults: none 0, low 1, medium 1, high 2, critical 2. */
  byTier: tierCountsSchema.prefault({}),
  /**
   * Teams (`org/slug`) that must each give at least one of the counted approvals, by tier. A team listed at a
   * tier is also required at every more severe tier, so `high: [acme/platform]` covers `critical` too. A tier
   * that lists teams must require at least one approval. Default: no team required.
   */
  teams: tierTeamsSchema.default(() => ({})),
  /** Also require an approval from a code owner (CODEOWNERS on the default branch) of each changed file. */
  codeOwners: z.boolean().default(false),
  /**
   * Whether the human who launched the agent (Copilot assignee, co-author trailer, "Requested by") may
   * approve its PR. Off by default: whoever asked for a change should not be the one who signs it off.
   */
  requesterMayApprove: z.boolean().default(false),
  /** Whether the PR author's approval counts, for agent PRs opened from a human's account. */
  authorMayApprove: z.boolean().default(false),
  /**
   * Count only approvals given on the current head commit (or plan, with `bind: plan`): a push after an
   * approval needs a new one. Turning this off lets an agent push more changes under an old approval.
   */
  dismissStale: z.boolean().default(true),
  /**
   * What an approval is tied to: `commit` (the head SHA it was given on) or `plan` (the digest of the plans
   * CI produced for that commit, so a re-run that plans the same changes keeps the approvals).
   */
  bind: z.enum(BINDINGS).default("commit"),
  /** Count only approvals from people with write, maintain or admin permission on the repository. */
  requireWritePermission: z.boolean().default(true),
});

/**
 * An environment's `approvals`: any key of the top-level `approvals` section, overriding it for PRs that
 * touch the environment. `byTier` and `teams` are merged tier by tier; other keys replace.
 */
export const approvalsOverrideSchema = z.strictObject({
  /** Approvals by tier for this environment; tiers left out keep the top-level count. */
  byTier: z
    .strictObject({
      /** Approvals at tier `none`. */
      none: approvalCountSchema.optional(),
      /** Approvals at tier `low`. */
      low: approvalCountSchema.optional(),
      /** Approvals at tier `medium`. */
      medium: approvalCountSchema.optional(),
      /** Approvals at tier `high`. */
      high: approvalCountSchema.optional(),
      /** Approvals at tier `critical`. */
      critical: approvalCountSchema.optional(),
    })
    .optional(),
  /** Teams by tier for this environment; a tier listed here replaces the top-level list of that tier. */
  teams: tierTeamsSchema.optional(),
  /** As `approvals.codeOwners`. */
  codeOwners: z.boolean().optional(),
  /** As `approvals.requesterMayApprove`. */
  requesterMayApprove: z.boolean().optional(),
  /** As `approvals.authorMayApprove`. */
  authorMayApprove: z.boolean().optional(),
  /** As `approvals.dismissStale`. */
  dismissStale: z.boolean().optional(),
  /** As `approvals.bind`. */
  bind: z.enum(BINDINGS).optional(),
  /** As `approvals.requireWritePermission`. */
  requireWritePermission: z.boolean().optional(),
});

/** The approvals policy, fully defaulted. */
export type ApprovalsConfig = z.output<typeof approvalsSchema>;

/** An environment's partial approvals policy. */
export type ApprovalsOverride = z.output<typeof approvalsOverrideSchema>;
