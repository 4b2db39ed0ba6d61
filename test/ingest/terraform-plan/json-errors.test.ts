import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonErrorOffset, lineColumnAt } from "../../../src/ingest/json/json-position.js";
import { locateJsonError } from "../../../src/ingest/json/locate-json-error.js";

describe("lineColumnAt", () => {
  it.each([
    [0, { line: 1, column: 1 }],
    [2, { line: 1, column: 3 }],
    [3, { line: 2, column: 1 }],
    [6, { line: 3, column: 1 }],
    [7, { line: 3, column: 2 }],
    [99, { line: 3, column: 3 }],
  ])("offset %i of 'ab\\nc\\r\\nde' is %o", (offset, expected) => {
    expect(lineColumnAt("ab\nc\r\nde", offset)).toEqual(expected);
  });
});

describe("jsonErrorOffset", () => {
  it("reads the position V8 names, and nothing when it names none", () => {
    expect(jsonErrorOffset("Expected ',' or '}' after property value in JSON at position 20")).toBe(20);
    expect(jsonErrorOffset(`Unexpected token '}', "{"a":}" is not valid JSON`)).toBeUndefined();
  });
});

describe("locateJsonError", () => {
  it.each([
    ['{"a":}', 5, false],
    ['{"a" 1}', 5, false],
    ["[1,]", 3, false],
    ["[1 2]", 3, false],
    ['{"a":1}x', 7, false],
    ['{"a":"\u0001"}', 6, false],
    ['"\\x"', 2, false],
    ["01", 1, false],
    ["-", 1, true],
    ['{"a":tr', 7, true],
    ['{"a":"abc', 9, true],
    ['{"a":[1,2', 9, true],
    ['{"a":1.', 7, true],
    ['{"a"', 4, true],
  ])("finds the error in %j at offset %i (truncated: %s)", (text, offset, truncated) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(locateJsonError(text)).toEqual({ offset, truncated });
  });

  it("agrees with JSON.parse on what is valid", () => {
    fc.assert(fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
      expect(locateJsonError(JSON.stringify(value, null, pretty ? 2 : undefined))).toBeUndefined();
    }), { numRuns: 500 });
  });

  it("calls every strict prefix of an object or array truncated", () => {
    const doc = fc.oneof(fc.array(fc.jsonValue()), fc.dictionary(fc.string(), fc.jsonValue()));
    fc.assert(fc.property(doc, fc.nat(), (value, n) => {
      const text = JSON.stringify(value);
      const cut = text.slice(0, n % text.length);
      expect(locateJsonError(cut)).toEqual({ offset: cut.length, truncated: true });
    }), { numRuns: 500 });
  });

  it("does not overflow the stack on deep nesting", () => {
    expect(locateJsonError("[".repeat(200_000))).toEqual({ offset: 200_000, truncated: true });
  });
});
