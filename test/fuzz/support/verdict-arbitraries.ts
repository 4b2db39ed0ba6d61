import fc from "fast-check";
import type { ChangeAction, DependencySketch, Diagnostic, ScoreReason, Tier, Verdict } from "../../../src/model/index.js";
import { hostileText } from "./hostile-text.js";

/**
 * Verdicts whose every PR-derived string (addresses, types, reasons, file names, logins, messages, construct
 * paths, evidence) is arbitrary, sometimes with many changes; with `oversizedText`, now and then a value of tens
 * of thousands of characters, so that the renderers' size limits and cuts are exercised too.
 */
const ACTIONS: ChangeAction[] = ["create", "update", "delete", "replace", "forget", "read", "move", "import", "no-op"];
const TIERS: Tier[] = ["none", "low", "medium", "high", "critical"];

/** Values of the size PRs have. */
export const ordinaryText: fc.Arbitrary<string> = hostileText(5);

/** What would do harm if a cut left it outside its code span or escape. */
const DANGEROUS = ["@alice ", "<script>alert(1)</script>", "[x](javascript:alert(1))", "| |", "`", "\\", "&#64;bob "];

/** Values longer than any limit of the renderers now and then: a dangerous fragment repeated thousands of times. */
export const oversizedText: fc.Arbitrary<string> = fc.oneof(
  { weight: 20, arbitrary: hostileText(5) },
  { weight: 1, arbitrary: fc.tuple(hostileText(2), fc.constantFrom(...DANGEROUS), fc.integer({ min: 2_000, max: 12_000 })).map(([lead, piece, n]) => lead + piece.repeat(n)) },
);

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

/** `sketchOf` generates a dependency sketch whose node addresses come from `text`. */
export function sketchOf(text: fc.Arbitrary<string>): fc.Arbitrary<DependencySketch> {
  return fc
    .record({ nodes: fc.array(fc.record({ address: text, type: text, action: optional(fc.constantFrom(...ACTIONS)) }), { maxLength: 8 }), edges: fc.array(fc.tuple(fc.nat(9), fc.nat(9)), { maxLength: 10 }), truncated: fc.boolean() })
    .map(({ nodes, edges, truncated }) => ({
      nodes: nodes.map((n, i) => ({ id: `root#${i}`, ...n })),
      edges: edges.map(([from, to]) => ({ from: `root#${from}`, to: `root#${to}` })),
      truncated,
    }));
}

/** `verdictOf` generates a Verdict whose PR-derived strings come from `text`. */
export function verdictOf(text: fc.Arbitrary<string>): fc.Arbitrary<Verdict> {
  const change = fc.record({
    address: text,
    type: text,
    action: fc.constantFrom(...ACTIONS),
    source: fc.constantFrom("plan", "hcl", "cloudformation" as const),
    reasons: fc.array(text, { maxLength: 3 }),
    certainty: fc.constantFrom("certain", "likely", "possible" as const),
    root: text,
    previousAddress: optional(text),
    constructPath: optional(text),
    file: optional(text),
    line: optional(fc.integer({ min: 1, max: 5000 })),
    drift: optional(fc.boolean()),
  });
  const reason: fc.Arbitrary<ScoreReason> = fc.record({ rule: text, address: optional(text), message: text, points: fc.integer({ min: 0, max: 100 }) });
  const score = fc.record({ score: fc.integer({ min: 0, max: 100 }), tier: fc.constantFrom(...TIERS), reasons: fc.array(reason, { maxLength: 4 }) });
  const diagnostic: fc.Arbitrary<Diagnostic> = fc.record({
    level: fc.constantFrom("error", "warning", "info" as const),
    file: text,
    message: text,
    path: optional(text),
    line: optional(fc.integer({ min: 1, max: 100 })),
    column: optional(fc.integer({ min: 1, max: 100 })),
    code: optional(text),
  });
  return fc.record({
    agent: fc.record({
      isAgent: fc.boolean(),
      name: fc.option(text),
      confidence: fc.constantFrom("verified", "likely", "possible", "none" as const),
      requester: fc.option(text),
      evidence: fc.array(fc.record({ signal: text, value: text, strength: fc.constantFrom("strong", "medium", "weak" as const), agent: optional(text) }), { maxLength: 17 }),
    }),
    infra: fc.record({ touched: fc.boolean(), kinds: fc.constant(["terraform" as const]), files: fc.array(text, { maxLength: 3 }), environments: fc.array(text, { maxLength: 2 }) }),
    tamper: fc.record({ detected: fc.boolean(), files: fc.array(text, { maxLength: 32 }) }),
    changes: fc.oneof({ weight: 8, arbitrary: fc.array(change, { maxLength: 6 }) }, { weight: 1, arbitrary: fc.array(change, { minLength: 40, maxLength: 60 }) }),
    configChanges: fc.constant([]),
    destructiveness: score,
    blastRadius: score,
    labels: fc.array(text, { maxLength: 3 }),
    gate: fc.record({
      conclusion: fc.constantFrom("success", "action_required", "failure" as const),
      requiredApprovals: fc.nat(10),
      approvedBy: fc.array(text, { maxLength: 3 }),
      ignoredReviews: fc.array(fc.record({ login: text, why: text }), { maxLength: 3 }),
      summary: text,
      missing: fc.array(text, { maxLength: 3 }),
      mode: fc.constantFrom("enforce", "shadow" as const),
      wouldBlock: fc.boolean(),
    }),
    diagnostics: fc.array(diagnostic, { maxLength: 4 }),
    dependencies: optional(sketchOf(text)),
  }) as fc.Arbitrary<Verdict>;
}
