import { z } from "zod";
import { approvalCountSchema, globSchema, teamListSchema } from "./schema-primitives.js";

/**
 * The `tamper` section: agent PRs that edit governance files (CI workflows, CODEOWNERS, this file, agent
 * instructions, other gates' config) need a security review on top of their tier's approvals.
 */
export const tamperSchema = z.strictObject({
  /**
   * Extra governance globs, added to the built-in list (`.github/workflows/**`, `CODEOWNERS`,
   * `.github/airlock.yml`, `AGENTS.md`, `.cursor/**`, `atlantis.yaml`, ...), which cannot be removed.
   */
  paths: z.array(globSchema).max(100).default(() => []),
  /**
   * Teams (`org/slug`) whose members must approve an agent PR that edits governance files. When empty (the
   * default), such a PR fails the check: a human has to take it over.
   */
  securityTeams: teamListSchema.default(() => []),
  /** Approvals needed from `securityTeams` members, on top of the tier's approvals (0–10). */
  approvals: approvalCountSchema.default(1),
});
