import { describe, expect, it } from "vitest";
import { boundedMemo } from "../../src/config/bounded-memo.js";
import { jsonKey } from "../../src/config/json-key.js";
import { parseConfig } from "../../src/config/parse-config.js";
import { parseConfigObject } from "../../src/config/parse-config-object.js";
import { validateConfigValue } from "../../src/config/validate-config-value.js";

describe("boundedMemo", () => {
  it("computes a key once, freezes the result and evicts the least recently used beyond its size", () => {
    const memo = boundedMemo<{ n: number[] }>(2);
    let calls = 0;
    const make = (n: number) => () => ({ n: [n, (calls += 1)] });
    const a = memo.get("a", make(1));
    expect(memo.get("a", make(9))).toBe(a);
    expect(Object.isFrozen(a.n)).toBe(true);
    memo.get("b", make(2));
    memo.get("a", make(9));
    memo.get("c", make(3));
    expect(memo.size).toBe(2);
    expect(memo.get("a", make(9))).toBe(a);
    expect(memo.get("b", make(2)).n).toEqual([2, 4]);
    expect(calls).toBe(4);
  });
});

describe("jsonKey", () => {
  it("is the same for equal plain JSON values and differs for different ones", () => {
    expect(jsonKey({ a: [1, "x", null, true] })).toBe(jsonKey({ a: [1, "x", null, true] }));
    expect(jsonKey({ a: 1 })).not.toBe(jsonKey({ a: "1" }));
    expect(jsonKey(["a,b"])).not.toBe(jsonKey(["a", "b"]));
    expect(jsonKey(Object.create(null))).toBe(jsonKey({}));
  });

  it("refuses what does not round-trip through JSON", () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    for (const value of [new Date(0), { at: new Date(0) }, { a: undefined }, Object.assign([1, 2, 3], { 1: undefined }), new Array(3), Number.NaN, () => 1, new Map(), cycle, 1n]) {
      expect(jsonKey(value)).toBeUndefined();
    }
  });
});

describe("parseConfigObject memo", () => {
  const value = { mode: "shadow" };

  it("returns a fresh copy of one result for the same value and source, equal to an uncached parse", () => {
    const first = parseConfigObject({ value: structuredClone(value), source: "memo-a.yml" });
    expect(first.ok).toBe(true);
    if (first.ok) first.config.environments.push({ name: "extra", tier: "sandbox", paths: [], workspaces: [] });
    const second = parseConfigObject({ value: structuredClone(value), source: "memo-a.yml" });
    expect(second).not.toBe(first);
    expect(Object.isFrozen(second)).toBe(false);
    expect(second).toEqual(validateConfigValue({ value, source: "memo-a.yml" }));
  });

  it("keeps results of different sources and values apart", () => {
    const bad = parseConfigObject({ value: { labels: { namespace: 2 } }, source: "memo-b.yml" });
    expect(bad.ok).toBe(false);
    expect(parseConfigObject({ value, source: "memo-b.yml" }).ok).toBe(true);
    const diagnostics = (source: string) => {
      const result = parseConfigObject({ value: { labels: { namespace: 2 } }, source });
      return result.ok ? [] : result.diagnostics.map((d) => d.file);
    };
    expect(diagnostics("memo-c.yml")).toEqual(diagnostics("memo-c.yml").map(() => "memo-c.yml"));
  });

  it("still validates values it cannot key, such as a Date from YAML", () => {
    const withDate = { freeze: { windows: [{ start: new Date("2026-12-24T00:00:00Z") }] } };
    expect(parseConfigObject({ value: withDate, source: "memo-d.yml" })).toEqual(validateConfigValue({ value: withDate, source: "memo-d.yml" }));
  });
});

describe("parseConfig memo", () => {
  it("returns a fresh copy of one result for the same text and source, with the lines of that text", () => {
    const text = "mode: shadow\nlabels:\n  namespace: 2\n";
    const first = parseConfig({ text, source: "memo-e.yml" });
    expect(parseConfig({ text: `${text}`, source: "memo-e.yml" })).toEqual(first);
    expect(Object.isFrozen(first)).toBe(false);
    expect(first.ok ? [] : first.diagnostics.map((d) => [d.file, d.line])).toEqual([["memo-e.yml", 3]]);
    const other = parseConfig({ text, source: "memo-f.yml" });
    expect(other.ok ? [] : other.diagnostics.map((d) => d.file)).toEqual(["memo-f.yml"]);
    expect(parseConfig({ text: "mode: shadow\n", source: "memo-e.yml" }).ok).toBe(true);
  });
});
