import { describe, expect, it } from "vitest";
import { aggregateReasons, countDependents, DEFAULT_WEIGHTS, mergeWeights, readAttribute, readKnown } from "../../../src/analysis/scoring/index.js";
import type { ScoreReason } from "../../../src/model/index.js";
import { aFanOut, aGraph } from "../../helpers/changes.js";

describe("readAttribute / readKnown", () => {
  it.each<[string, unknown, (string | number)[], unknown]>([
    ["a top-level key", { a: 1 }, ["a"], 1],
    ["a Terraform block", { versioning: [{ enabled: true }] }, ["versioning", 0, "enabled"], true],
    ["a block written as an object", { versioning: { enabled: true } }, ["versioning", 0, "enabled"], true],
    ["a key through an array reads the first block", { vpc_config: [{ endpoint_public_access: true }] }, ["vpc_config", "endpoint_public_access"], true],
    ["a missing key", { a: 1 }, ["b", 0, "c"], undefined],
    ["null attributes", null, ["a"], undefined],
  ])("%s", (_name, attributes, path, expected) => {
    expect(readAttribute(attributes, path)).toEqual(expected);
  });

  it("tells expressions and unknown values apart from literals", () => {
    expect(readKnown({ a: "${var.x}" }, ["a"])).toEqual({ kind: "expression", text: "${var.x}" });
    expect(readKnown({}, ["a"], { a: true })).toEqual({ kind: "unknown" });
    expect(readKnown({}, ["a", 0, "b"], { a: true })).toEqual({ kind: "unknown" });
    expect(readKnown({ a: false }, ["a"])).toEqual({ kind: "value", value: false });
    expect(readKnown({ a: null }, ["a"])).toEqual({ kind: "absent" });
  });
});

describe("aggregateReasons", () => {
  const reason = (rule: string, i: number, points = 30): ScoreReason => ({ rule, address: `r.${i}`, message: `m${i}`, points });
  const limits = { reasonsPerRule: 3, summaryMaxPoints: 100 };

  it("keeps small groups as they are", () => {
    const reasons = [reason("a", 1), reason("b", 2), reason("a", 3)];
    expect(aggregateReasons(reasons, limits)).toEqual(reasons.filter((r) => r.rule === "a").concat(reasons[1]!));
  });

  it("keeps the heaviest reasons and folds the rest into one capped 'and N more'", () => {
    const reasons = [reason("a", 0, 5), ...Array.from({ length: 9 }, (_, i) => reason("a", i + 1))];
    const out = aggregateReasons(reasons, limits);
    expect(out).toHaveLength(4);
    expect(out.slice(0, 3).every((r) => r.points === 30)).toBe(true);
    expect(out[3]).toMatchObject({ rule: "a", points: 100 });
    expect(out[3]?.message).toMatch(/^…and 7 more under the same rule \(a\): r\.4, r\.5, r\.6 and 4 others/);
  });

  it("sums the folded points when they stay under the cap", () => {
    const out = aggregateReasons(Array.from({ length: 5 }, (_, i) => reason("a", i, 10)), limits);
    expect(out[3]?.points).toBe(20);
  });
});

describe("countDependents", () => {
  it("counts resources reached from all starts once, never the starts", () => {
    const graph = aGraph([
      ["b", "a"],
      ["c", "b"],
      ["c", "a"],
      ["a", "c"],
      ["d", "x"],
    ]);
    expect(countDependents(graph, ["envs/prod#a"])).toEqual({ count: 2, truncated: false });
    expect(countDependents(graph, ["envs/prod#a", "envs/prod#x"])).toEqual({ count: 3, truncated: false });
  });

  it("stops at the visit cap and says so", () => {
    expect(countDependents(aFanOut("aws_vpc.main", 100), ["envs/prod#aws_vpc.main"], 10)).toEqual({ count: 9, truncated: true });
  });
});

describe("mergeWeights", () => {
  it("overrides only what is given, at any depth", () => {
    const merged = mergeWeights({ destroy: { stateful: 90 }, reach: { environment: { production: 30 } }, unknownInput: 60 });
    expect(merged.destroy.stateful).toBe(90);
    expect(merged.destroy.compute).toBe(DEFAULT_WEIGHTS.destroy.compute);
    expect(merged.reach.environment).toEqual({ ...DEFAULT_WEIGHTS.reach.environment, production: 30 });
    expect(merged.unknownInput).toBe(60);
    expect(DEFAULT_WEIGHTS.destroy.stateful).toBe(80);
  });

  it("ignores values that are not finite numbers", () => {
    const merged = mergeWeights({ destroy: { stateful: Number.NaN } } as never);
    expect(merged.destroy.stateful).toBe(80);
  });
});
