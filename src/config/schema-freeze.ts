import { z } from "zod";
import { instantSchema, literalSchema, nameSchema } from "./schema-primitives.js";

/**
 * One change freeze: from `from` (inclusive) to `to` (exclusive), agent infrastructure PRs that touch the
 * listed environments are held (`action_required`) whatever their tier.
 */
export const freezeWindowSchema = z.strictObject({
  /** Short name shown on the check (`end-of-year`). */
  name: literalSchema(60),
  /** Start, ISO 8601 with a time zone (`2026-12-19T00:00:00Z`). */
  from: instantSchema,
  /** End, ISO 8601 with a time zone; must be after `from`. */
  to: instantSchema,
  /** Environments the freeze applies to, by name (`unknown` included); left out, it applies to all. */
  environments: z.array(nameSchema).max(20).optional(),
  /** Why, shown to the PR author and reviewers. */
  reason: literalSchema(300),
});

/** The `freeze` list: change freezes, in any order; they may overlap. */
export const freezeSchema = z.array(freezeWindowSchema).max(50).default(() => []);
