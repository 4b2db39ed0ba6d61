import { z } from "zod";
import { agentsSchema } from "./schema-agents.js";
import { approvalsSchema } from "./schema-approvals.js";
import { DEFAULT_ENVIRONMENTS } from "./default-environments.js";
import { environmentsSchema, type EnvironmentConfig } from "./schema-environments.js";
import { freezeSchema } from "./schema-freeze.js";
import { labelsSchema } from "./schema-labels.js";
import { overrideSchema } from "./schema-override.js";
import { plansSchema } from "./schema-plans.js";
import { scoringSchema } from "./schema-scoring.js";
import { tamperSchema } from "./schema-tamper.js";
import { velocitySchema } from "./schema-velocity.js";

/** The `comment` section: the sticky summary comment on the PR. */
const commentSchema = z.strictObject({
  /** Whether Airlock keeps one summary comment on gated PRs (updated in place, never duplicated). */
  enabled: z.boolean().default(true),
  /** Whether the comment draws the changed resources and their dependents as a Mermaid diagram. */
  diagram: z.boolean().default(true),
});

/**
 * `configSchema` is the one definition of `.github/airlock.yml`, read from the default branch. Every key is
 * optional; unknown keys are errors. A repository without the file gets the defaults, which gate agent PRs.
 */
export const configSchema = z
  .strictObject({
    /**
     * Inherit from another file: `repo`, `owner/repo` or `owner/repo:path/to/file.yml` (Probot's syntax).
     * Top-level keys of this file replace the base's. The app follows it; a file checked on its own (from
     * the command line) is checked without its base, and a warning says so.
     */
    _extends: z.string().min(1).max(200).optional(),
    /**
     * `enforce` blocks the merge until requirements are met. `shadow` does everything else (labels,
     * comment, audit, a check saying what would block) but lets the check pass: use it to roll out.
     */
    mode: z.enum(["enforce", "shadow"]).default("enforce"),
    /**
     * Which PRs touching infrastructure are gated: `agents` (agent-authored ones, from
     * `agents.minimumConfidence`) or `all` (every PR, humans' included).
     */
    gate: z.enum(["agents", "all"]).default("agents"),
    /** How AI coding agents are recognised. */
    agents: agentsSchema.prefault({}),
    /** Deployment environments, recognised by path and workspace. Replaces the defaults when set. */
    environments: environmentsSchema.default(() => structuredClone(DEFAULT_ENVIRONMENTS) as EnvironmentConfig[]),
    /** Who must approve, and which reviews count. */
    approvals: approvalsSchema.prefault({}),
    /** Extra review for agent edits to governance files. */
    tamper: tamperSchema.prefault({}),
    /** Label names. */
    labels: labelsSchema.prefault({}),
    /** The PR summary comment. */
    comment: commentSchema.prefault({}),
    /** Plans produced by CI. */
    plans: plansSchema.prefault({}),
    /** `/airlock override`. */
    override: overrideSchema.prefault({}),
    /** Rate limits on agent infrastructure merges. */
    velocity: velocitySchema.prefault({}),
    /** Change freezes. */
    freeze: freezeSchema,
    /** Scoring weights and catalogue additions. */
    scoring: scoringSchema.prefault({}),
  })
  .meta({
    title: "Airlock configuration",
    description: "Configuration of the Airlock GitHub App, read from .github/airlock.yml on the default branch.",
  });

/** `AirlockConfig` is a parsed, fully defaulted config (`_extends` is consumed by the loader, never kept). */
export type AirlockConfig = Omit<z.output<typeof configSchema>, "_extends">;
