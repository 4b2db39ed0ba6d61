import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "../../src/audit/canonical-json.js";

describe("canonicalJson", () => {
  it("sorts keys at every depth and writes no whitespace", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: "x" } })).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
  });

  it("gives equal values the same text whatever the insertion order", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
        const reversed = Object.fromEntries(Object.entries(value).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(value));
      }),
    );
  });

  it("round-trips through JSON.parse to the same text", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
  });

  it("sorts keys by code unit, not by locale", () => {
    expect(canonicalJson({ b: 1, B: 2, é: 3, a: 4 })).toBe('{"B":2,"a":4,"b":1,"é":3}');
  });

  it("omits undefined properties, as JSON.stringify does", () => {
    expect(canonicalJson({ a: 1, deliveryId: undefined })).toBe('{"a":1}');
  });

  it("escapes strings exactly as JSON.stringify does", () => {
    expect(canonicalJson({ s: 'line\n"quote"\u2028\u0000' })).toBe(JSON.stringify({ s: 'line\n"quote"\u2028\u0000' }));
  });

  it.each([
    ["NaN", { score: Number.NaN }, /\$\.score is not a finite number/],
    ["Infinity", [Number.POSITIVE_INFINITY], /\$\[0\] is not a finite number/],
    ["undefined in an array", [1, undefined], /\$\[1\] is undefined/],
    ["a bigint", { n: 1n }, /\$\.n is a bigint/],
    ["a function", { f: () => 1 }, /\$\.f is a function/],
    ["a Date", { at: new Date(0) }, /\$\.at is not a plain object/],
  ])("refuses %s rather than changing what is recorded", (_, value, message) => {
    expect(() => canonicalJson(value)).toThrow(message);
  });

  it("refuses cycles but accepts the same object twice side by side", () => {
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
    const cyclic: Record<string, unknown> = {};
    cyclic["self"] = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(/\$\.self is a cycle/);
  });
});
