import { describe, expect, it } from "vitest";
import { tokensMatch } from "../../../src/app/dashboard/tokens-match.js";

describe("tokensMatch", () => {
  it.each([
    ["the same token", "abc123", "abc123", true],
    ["a token differing in one character", "abc124", "abc123", false],
    ["a shorter token", "abc12", "abc123", false],
    ["a longer token", "abc1234", "abc123", false],
    ["an empty token", "", "abc123", false],
    ["anything, when the expected token is empty", "", "", false],
    ["non-ASCII tokens", "clé-ü", "clé-ü", true],
    ["case differences", "ABC123", "abc123", false],
  ])("%s", (_name, presented, expected, match) => {
    expect(tokensMatch(presented, expected)).toBe(match);
  });
});
