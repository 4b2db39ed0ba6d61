import { z } from "zod";

const sha = z.string().regex(/^[0-9a-f]{7,64}$/i, { error: "expected a commit SHA" });
const account = z.object({ login: z.string().min(1).max(100), id: z.number().int().nonnegative(), type: z.enum(["User", "Bot", "Organization"]) });
const identity = z.object({ name: z.string().max(1_000), email: z.string().max(1_000), login: z.string().max(100).nullish() });
const text = (max: number) => z.string().max(max);

/**
 * `snapshotSchema` validates a PullRequestSnapshot (DESIGN.md §3), the input of `airlock simulate`.
 * Unknown keys are ignored so snapshots saved by newer versions still load; sizes are bounded.
 */
export const snapshotSchema = z.object({
  repository: z.string().regex(/^[^/\s]+\/[^/\s]+$/, { error: "expected owner/name" }),
  config: text(262_144).optional(),
  now: z.iso.datetime({ offset: true }),
  pullRequest: z.object({
    number: z.number().int().positive(),
    title: text(1_000).default(""),
    body: text(262_144).nullish().transform((b) => b ?? ""),
    draft: z.boolean().default(false),
    author: account,
    headRef: text(1_000),
    headSha: sha,
    baseRef: text(1_000),
    baseSha: sha,
    labels: z.array(text(100)).max(200).default([]),
    assignees: z.array(text(100)).max(100).default([]),
    requestedReviewers: z.array(text(100)).max(100).default([]),
  }),
  commits: z.array(z.object({ sha, message: text(1_048_576), author: identity, committer: identity })).max(10_000).default([]),
  files: z
    .array(
      z.object({
        path: text(4_096),
        status: z.enum(["added", "removed", "modified", "renamed", "copied", "changed", "unchanged"]),
        previousPath: text(4_096).nullish(),
        base: z.string().nullish(),
        head: z.string().nullish(),
      }),
    )
    .max(3_000)
    .default([]),
  reviews: z
    .array(z.object({ user: account, state: z.enum(["APPROVED", "CHANGES_REQUESTED", "COMMENTED", "DISMISSED", "PENDING"]), commitId: sha, submittedAt: z.string() }))
    .max(10_000)
    .default([]),
  permissions: z.record(z.string(), z.enum(["admin", "maintain", "write", "triage", "read", "none"])).default({}),
  teams: z.record(z.string(), z.array(z.string())).default({}),
  plans: z.array(z.object({ name: text(1_000), headSha: sha.optional(), plan: z.unknown(), environment: text(100).optional() })).max(100).optional(),
  templates: z.array(z.object({ path: text(4_096), base: z.unknown().optional(), head: z.unknown().optional() })).max(500).optional(),
  history: z.array(z.object({ mergedAt: z.string(), agent: z.string(), environment: z.string().optional(), destroyed: z.number().int().nonnegative().optional() })).max(100_000).optional(),
  codeowners: text(262_144).nullish(),
  actors: z
    .object({
      sender: account.optional(),
      performedViaApp: z.object({ id: z.number().int(), slug: z.string() }).nullish(),
      pushers: z.array(account).optional(),
    })
    .optional(),
});
