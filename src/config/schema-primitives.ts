import { z } from "zod";
import type { Tier } from "../model/score.js";
import { CONFIG_LIMITS } from "./limits.js";

/** The score tiers, least severe first (the same list as the model's `TIERS`). */
export const TIER_NAMES = ["none", "low", "medium", "high", "critical"] as const satisfies readonly Tier[];

/** A score tier: `none`, `low`, `medium`, `high` or `critical`. */
export const tierSchema = z.enum(TIER_NAMES);

/** The tiers of an environment, most sensitive first. Files that match no environment are in `unknown`. */
export const ENVIRONMENT_TIERS = ["production", "staging", "sandbox"] as const;

/** The environment of files that match no configured environment (a reserved name). */
export const UNKNOWN_ENVIRONMENT = "unknown";

/** How sensitive an environment is. */
export type EnvironmentTier = (typeof ENVIRONMENT_TIERS)[number];

/** An environment tier: `production`, `staging` or `sandbox`. */
export const environmentTierSchema = z.enum(ENVIRONMENT_TIERS);

/** A GitHub team written `org/slug`, as in the REST API (no `@`, unlike CODEOWNERS). */
export const teamSchema = z
  .string()
  .regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/, {
    error: "expected a team as `org/slug` (like `acme/platform`, without `@`)",
  });

/** A list of teams. */
export const teamListSchema = z.array(teamSchema).max(20);

/** A GitHub login, a bot's with its `[bot]` suffix (`octocat`, `my-agent[bot]`). */
export const loginSchema = z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/, {
  error: "expected a GitHub login (like `octocat` or `my-agent[bot]`)",
});

/** A numeric GitHub account or App id. */
export const accountIdSchema = z.int().min(1).max(Number.MAX_SAFE_INTEGER);

/** A number of approvals, 0 to 10. */
export const approvalCountSchema = z.int().min(0).max(CONFIG_LIMITS.maxApprovals);

/** A glob over repository paths (picomatch syntax, relative to the repository root). */
export const globSchema = z.string().min(1).max(CONFIG_LIMITS.maxGlobLength);

/** A name Airlock shows and refers to: lowercase letters, digits, `-` and `_`. */
export const nameSchema = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, {
  error: "expected a lowercase name of letters, digits, `-` and `_` (like `production`), at most 40 characters",
});

/** A duration: a whole number and a unit, `m` minutes, `h` hours, `d` days or `w` weeks (`30m`, `24h`, `7d`). */
export const durationSchema = z.string().regex(/^[1-9][0-9]{0,4}[mhdw]$/, {
  error: "expected a duration like `24h` or `7d` (a whole number, then `m`, `h`, `d` or `w`)",
});

/** A point in time in ISO 8601 with a time zone (`2026-12-24T00:00:00Z`, `2026-12-24T09:00:00+01:00`). */
export const instantSchema = z.iso.datetime({
  offset: true,
  error: "expected an ISO 8601 date and time with a time zone, like `2026-12-24T00:00:00Z`",
});

/** A non-empty literal string of at most `max` characters, matched as written (never as a regular expression). */
export function literalSchema(max: number): z.ZodString {
  return z.string().min(1).max(max);
}
