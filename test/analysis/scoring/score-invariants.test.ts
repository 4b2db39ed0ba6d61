import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreBlastRadius, scoreDestructiveness } from "../../../src/analysis/scoring/index.js";
import { tierOf, type ChangeAction, type ResourceChange, type Score } from "../../../src/model/index.js";
import { aChange, aFanOut, aRoot, anError, blastInput } from "../../helpers/changes.js";

const TYPES = ["aws_db_instance", "aws_s3_bucket", "aws_instance", "aws_vpc", "aws_iam_role", "aws_security_group", "aws_kms_key", "acme_widget", "AWS::S3::Bucket", "AWS::RDS::DBInstance", "google_project", "kubernetes_namespace_v1"];
const ACTIONS: ChangeAction[] = ["create", "update", "delete", "replace", "forget", "read", "move", "import", "no-op"];
const VALUES = [true, false, 0, 7, "Retain", "Delete", "Suspended", "${var.x}", null];
const ATTRIBUTES = ["deletion_protection", "force_destroy", "skip_final_snapshot", "is_enabled", "deletion_window_in_days", "publicly_accessible", "DeletionPolicy", "policy"];

const attributes = fc.dictionary(fc.constantFrom(...ATTRIBUTES), fc.constantFrom(...VALUES), { maxKeys: 4 });
const change = fc
  .record({
    type: fc.constantFrom(...TYPES),
    action: fc.constantFrom(...ACTIONS),
    source: fc.constantFrom("plan" as const, "hcl" as const, "cloudformation" as const),
    drift: fc.boolean(),
    before: attributes,
    after: attributes,
    i: fc.nat(1000),
    preventDestroy: fc.boolean(),
  })
  .map(
    (c): ResourceChange =>
      aChange({
        type: c.type,
        address: `${c.type.replace(/:/g, "_")}.r${c.i}`,
        action: c.action,
        source: c.source,
        certainty: c.source === "hcl" ? "likely" : "certain",
        drift: c.drift,
        before: c.before,
        after: c.after,
        lifecycle: { before: { preventDestroy: c.preventDestroy } },
      }),
  );

function wellFormed(score: Score): void {
  expect(score.score).toBeGreaterThanOrEqual(0);
  expect(score.score).toBeLessThanOrEqual(100);
  expect(score.tier).toBe(tierOf(score.score));
  expect(score.reasons.reduce((sum, r) => sum + r.points, 0)).toBeGreaterThanOrEqual(score.score);
  for (const reason of score.reasons) {
    expect(Number.isInteger(reason.points)).toBe(true);
    expect(reason.points).toBeGreaterThan(0);
    expect(reason.message.length).toBeGreaterThan(0);
  }
}

describe("score invariants", () => {
  it("every score is explained by whole-point reasons, and is deterministic", () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 40 }), fc.boolean(), (changes, broken) => {
        const diagnostics = broken ? [anError("plan.json")] : [];
        const destructiveness = scoreDestructiveness({ changes, configChanges: [], diagnostics, roots: [aRoot()] });
        const blast = scoreBlastRadius(blastInput({ changes, diagnostics, graph: aFanOut("aws_vpc.r1", 5), environments: [{ name: "prod", tier: "production" }] }));
        wellFormed(destructiveness);
        wellFormed(blast);
        expect(scoreDestructiveness({ changes, configChanges: [], diagnostics, roots: [aRoot()] })).toEqual(destructiveness);
        if (broken) expect(destructiveness.score).toBeGreaterThanOrEqual(50);
      }),
      { numRuns: 200 },
    );
  });

  it("changes that are all drift, reads or no-ops score nothing", () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 20 }), (changes) => {
        const inert = changes.map((c) => (c.action === "read" || c.action === "no-op" ? c : { ...c, drift: true }));
        expect(scoreDestructiveness({ changes: inert, configChanges: [], diagnostics: [], roots: [aRoot()] }).score).toBe(0);
        expect(scoreBlastRadius(blastInput({ changes: inert, environments: [{ name: "prod", tier: "production" }] })).score).toBe(0);
      }),
      { numRuns: 100 },
    );
  });
});
