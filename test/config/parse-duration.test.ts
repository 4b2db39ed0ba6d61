import { describe, expect, it } from "vitest";
import { parseDuration } from "../../src/config/index.js";

describe("parseDuration", () => {
  it.each([
    ["30m", 30 * 60_000],
    ["24h", 24 * 3_600_000],
    ["7d", 7 * 86_400_000],
    ["2w", 14 * 86_400_000],
  ])("reads %s", (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(["", "24", "h", "0h", "1.5h", "24 h", "1d12h", "24H", "PT24H", "-1d"])("refuses %j", (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});
