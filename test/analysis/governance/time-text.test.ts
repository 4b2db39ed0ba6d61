import { describe, expect, it } from "vitest";
import { describeDuration } from "../../../src/analysis/governance/describe-duration.js";
import { describeWhenFree } from "../../../src/analysis/governance/describe-when-free.js";
import { formatInstant } from "../../../src/analysis/governance/format-instant.js";
import { parseInstant } from "../../../src/analysis/governance/parse-instant.js";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe("describeDuration", () => {
  it.each([
    [0, "0 min"],
    [-5 * MIN, "0 min"],
    [1_000, "1 min"],
    [45 * MIN, "45 min"],
    [59 * MIN + 1, "1 h"],
    [3 * HOUR + 20 * MIN, "3 h 20 min"],
    [3 * HOUR + 19 * MIN + 1, "3 h 20 min"],
    [DAY, "1 d"],
    [2 * DAY + 3 * HOUR + 10 * MIN, "2 d 4 h"],
    [89 * DAY + 23 * HOUR + 1, "90 d"],
    [Number.NaN, "an unknown time"],
  ])("writes %d ms as %s, never less than the wait", (ms, text) => {
    expect(describeDuration(ms)).toBe(text);
  });
});

describe("describeWhenFree", () => {
  const now = Date.parse("2026-11-21T12:00:00Z");
  it.each([
    [now + 3 * HOUR + 20 * MIN, "2026-11-21T15:20:00Z (in 3 h 20 min)"],
    [now + 1_500, "2026-11-21T12:00:01.500Z (in 1 min)"],
    [now, "now"],
    [now - HOUR, "now"],
    [Infinity, "an unknown time"],
  ])("writes %d as %s", (at, text) => {
    expect(describeWhenFree({ at, now })).toBe(text);
  });
});

describe("parseInstant and formatInstant", () => {
  it.each([
    ["2026-11-21T12:00:00Z", "2026-11-21T12:00:00Z"],
    ["2026-11-21T13:00:00+01:00", "2026-11-21T12:00:00Z"],
    ["2026-11-21T12:00Z", "2026-11-21T12:00:00Z"],
    ["2026-11-21t12:00:00.250z", "2026-11-21T12:00:00.250Z"],
    ["2028-02-29T00:00:00Z", "2028-02-29T00:00:00Z"],
  ])("reads %s", (text, iso) => {
    expect(formatInstant(parseInstant(text)!)).toBe(iso);
  });

  it.each([["2026-11-21T12:00:00"], ["2026-11-21"], ["2026-02-30T00:00:00Z"], ["2026-11-21T24:00:00Z"], ["21/11/2026 12:00"], [""], [20261121], [null]])("refuses %s", (value) => {
    expect(parseInstant(value)).toBeUndefined();
  });

  it("writes an out-of-range instant as unknown", () => {
    expect(formatInstant(Number.NaN)).toBe("an unknown time");
  });
});
