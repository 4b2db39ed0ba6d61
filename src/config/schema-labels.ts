import { z } from "zod";

const labelSchema = z
  .string()
  .max(50)
  .regex(/^\S(?:[^,\r\n]*\S)?$/, { error: "expected a label name without commas, line breaks or surrounding spaces" });

/**
 * The `labels` section: the labels Airlock puts on PRs. Every name must start with `namespace`, because
 * Airlock removes stale labels only inside its namespace and never touches anyone else's. Names are at most
 * 50 characters (GitHub's limit), prefixes at most 42, leaving room for the longest tier, `critical`.
 */
export const labelsSchema = z.strictObject({
  /** Whether Airlock labels PRs at all. The check run is published either way. */
  enabled: z.boolean().default(true),
  /** The prefix every Airlock label starts with, ending in `/`, `:` or `-`. */
  namespace: z
    .string()
    .regex(/^[^\s,]{1,30}[/:-]$/, { error: "expected a namespace ending in `/`, `:` or `-` (like `airlock/`)" })
    .default("airlock/"),
  /** Put on agent-authored PRs. */
  agent: labelSchema.default("airlock/agent"),
  /** Followed by the blast-radius tier (`airlock/blast-radius:high`) on PRs that touch infrastructure. */
  blastRadiusPrefix: labelSchema.default("airlock/blast-radius:"),
  /** Followed by the destructiveness tier (`airlock/destructive:critical`). */
  destructivePrefix: labelSchema.default("airlock/destructive:"),
  /** Put on agent PRs that edit governance files. */
  tamper: labelSchema.default("airlock/tamper"),
  /** Put on PRs let through with `/airlock override`. */
  override: labelSchema.default("airlock/override"),
  /** Put in `shadow` mode on PRs that `enforce` mode would have blocked, to measure a rollout. */
  wouldBlock: labelSchema.default("airlock/would-block"),
});
