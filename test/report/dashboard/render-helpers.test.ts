import { describe, expect, it } from "vitest";
import { niceScale } from "../../../src/report/dashboard/chart-frame.js";
import { escapeHtml } from "../../../src/report/dashboard/escape-html.js";
import { formatDuration, formatInstant, formatShare } from "../../../src/report/dashboard/format-values.js";

describe("escapeHtml", () => {
  it.each([
    ["plain", "plain"],
    ["<script>", "&lt;script&gt;"],
    [`a & "b" 'c'`, "a &amp; &quot;b&quot; &#39;c&#39;"],
    ["&amp;", "&amp;amp;"],
    [42, "42"],
  ])("%s → %s", (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe("formatters", () => {
  it.each([
    [null, "–"], [0, "0s"], [89, "89s"], [90, "2m"], [3599, "60m"], [5400, "1.5h"], [36_000, "10h"], [172_800, "2.0d"], [1_209_600, "14d"],
  ])("formatDuration(%s) = %s", (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });

  it("formats shares and instants", () => {
    expect(formatShare(null)).toBe("–");
    expect(formatShare(2 / 3)).toBe("67%");
    expect(formatInstant("2026-11-21T17:05:09+02:00")).toBe("2026-11-21 15:05 UTC");
    expect(formatInstant("not a date")).toBe("not a date");
  });
});

describe("niceScale", () => {
  it.each([
    [0, false, { max: 1, step: 1 }], [1, false, { max: 1, step: 0.5 }], [0.6, false, { max: 0.6, step: 0.2 }], [40, false, { max: 40, step: 10 }],
    [1, true, { max: 1, step: 1 }], [3, true, { max: 3, step: 1 }], [7, true, { max: 8, step: 2 }], [23, true, { max: 30, step: 10 }],
  ])("covers %s (integer steps: %s)", (peak, integer, expected) => {
    const scale = niceScale(peak, integer);
    expect(scale.max).toBeCloseTo(expected.max);
    expect(scale.step).toBeCloseTo(expected.step);
    expect(scale.max).toBeGreaterThanOrEqual(peak);
  });
});
