import fc from "fast-check";
import { hostileText, identifier } from "./hostile-text.js";

/**
 * PullRequestSnapshot-shaped values (DESIGN.md §3) that the snapshot schema accepts: every field within its
 * type and bounds, names and texts from the hostile pool. Damage then puts a wrong value at a known path.
 * A plan in the snapshot carries `SNAPSHOT_SECRET` as a sensitive value.
 */
export const SNAPSHOT_SECRET = "Zq3b9c0ffee41d2a7Xj";

const hex = "0123456789abcdef";
const sha = fc.array(fc.nat(15), { minLength: 40, maxLength: 40 }).map((digits) => digits.map((d) => hex[d]).join(""));
const login = fc.oneof(identifier, fc.constantFrom("Copilot", "devin-ai-integration[bot]", "alice", "carol"), hostileText(3).filter((s) => s.length >= 1 && s.length <= 100));
const account = fc.record({ login, id: fc.nat(), type: fc.constantFrom("User", "Bot", "Organization") });
const identity = fc.record({ name: hostileText(3), email: fc.constantFrom("alice@example.com", "198982749+Copilot@users.noreply.github.com", "x"), login: fc.option(login, { nil: undefined }) }, { requiredKeys: ["name", "email"] });
const instant = fc.integer({ min: 1_700_000_000, max: 1_900_000_000 }).map((s) => new Date(s * 1000).toISOString());
const path = fc.oneof(fc.constantFrom("envs/prod/db.tf", "main.tf", ".github/workflows/ci.yml", "cdk.out/Db.template.json", "README.md"), hostileText(3));

const plan = fc.record({
  name: fc.constantFrom("envs/prod", "envs/staging", "."),
  headSha: sha,
  plan: fc.constant({
    format_version: "1.2",
    resource_changes: [
      { address: "aws_db_instance.main", type: "aws_db_instance", name: "main", change: { actions: ["update"], before: { password: "old" }, after: { password: SNAPSHOT_SECRET }, before_sensitive: { password: true }, after_sensitive: { password: true } } },
    ],
  }),
});

/** A snapshot the schema accepts. */
export const validSnapshot: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    repository: fc.constantFrom("acme/infra", "o/r", "a-b/c.d"),
    config: fc.constantFrom("mode: shadow\n", "labels:\n  enabled: false\n"),
    now: instant,
    pullRequest: fc.record({
      number: fc.integer({ min: 1, max: 100_000 }),
      title: hostileText(4),
      body: fc.oneof(hostileText(6), fc.constant(null)),
      draft: fc.boolean(),
      author: account,
      headRef: hostileText(3),
      headSha: sha,
      baseRef: fc.constant("main"),
      baseSha: sha,
      labels: fc.array(hostileText(2), { maxLength: 3 }),
      assignees: fc.array(login, { maxLength: 2 }),
      requestedReviewers: fc.array(login, { maxLength: 2 }),
    }),
    commits: fc.array(fc.record({ sha, message: hostileText(5), author: identity, committer: identity }), { maxLength: 3 }),
    files: fc.array(fc.record({ path, status: fc.constantFrom("added", "removed", "modified", "renamed"), previousPath: fc.option(path), base: fc.option(hostileText(4)), head: fc.option(hostileText(4)) }), { maxLength: 4 }),
    reviews: fc.array(fc.record({ user: account, state: fc.constantFrom("APPROVED", "CHANGES_REQUESTED", "COMMENTED"), commitId: sha, submittedAt: instant }), { maxLength: 3 }),
    permissions: fc.array(fc.tuple(login, fc.constantFrom("admin", "write", "read", "none")), { maxLength: 3 }).map((pairs) => Object.fromEntries(pairs)),
    teams: fc.constant({ "acme/platform": ["carol"] }),
    plans: fc.array(plan, { maxLength: 2 }),
    history: fc.array(fc.record({ mergedAt: instant, agent: fc.constant("copilot"), destroyed: fc.nat(5) }), { maxLength: 2 }),
  },
  { requiredKeys: ["repository", "now", "pullRequest"] },
);

/** Paths where damage lands, and wrong values for them. */
const PATHS: string[][] = [
  ["repository"], ["now"], ["pullRequest"], ["pullRequest", "number"], ["pullRequest", "author"], ["pullRequest", "author", "id"], ["pullRequest", "headSha"],
  ["pullRequest", "labels"], ["commits"], ["files"], ["reviews"], ["permissions"], ["plans"], ["history"], ["config"], ["actors"],
];
const WRONG: fc.Arbitrary<unknown> = fc.oneof(fc.constantFrom(null, true, 0, -1, 1.5, "", "no/slash/es", "2026-13-40", [], {}, [1], { a: 1 }), hostileText(3), fc.constant("x".repeat(300_000)));

/** A snapshot value, maybe damaged at one or two paths, or not an object at all. */
export const snapshotValue: fc.Arbitrary<{ value: unknown; damaged: boolean }> = fc
  .record({ snapshot: validSnapshot, damage: fc.array(fc.tuple(fc.constantFrom(...PATHS), WRONG), { maxLength: 2 }), root: fc.nat(30) })
  .map(({ snapshot, damage, root }) => {
    if (root === 0) return { value: [snapshot], damaged: true };
    const value = structuredClone(snapshot);
    for (const [at, wrong] of damage) {
      let node = value as Record<string, unknown>;
      for (const step of at.slice(0, -1)) node = (typeof node[step] === "object" && node[step] !== null ? node[step] : (node[step] = {})) as Record<string, unknown>;
      node[at[at.length - 1] as string] = wrong;
    }
    return { value, damaged: damage.length > 0 };
  });
