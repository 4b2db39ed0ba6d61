import { z } from "zod";
import { teamListSchema } from "./schema-primitives.js";

/** The `override` section: who may let a blocked PR through with `/airlock override <reason>`. */
export const overrideSchema = z.strictObject({
  /**
   * Teams (`org/slug`) whose members may override. Empty (the default) disables overrides. Every override
   * is labelled, shown on the check and recorded in the audit trail with its reason.
   */
  teams: teamListSchema.default(() => []),
  /** Shortest accepted reason, in characters (1–500). */
  minReasonLength: z.int().min(1).max(500).default(10),
});
