import { describe, expect, it } from "vitest";
import { coveringRoot, coversRoot, normalizeRoot } from "../../../src/analysis/plans/index.js";

describe("plan roots", () => {
  it.each([
    ["envs/prod", "envs/prod"],
    ["./envs/prod/", "envs/prod"],
    ["envs\\prod", "envs/prod"],
    ["", "."],
    ["./", "."],
  ])("normalizeRoot(%j) is %j", (root, normalized) => {
    expect(normalizeRoot(root)).toBe(normalized);
  });

  it.each<[string, string, boolean]>([
    ["envs/prod", "envs/prod", true],
    ["envs/prod/", "envs/prod/modules/db", true],
    ["envs/prod", "envs/prod-eu", false],
    ["envs/prod/db", "envs/prod", false],
    [".", "envs/staging", true],
  ])("a plan of %j covers %j: %s", (planned, changed, covered) => {
    expect(coversRoot(planned, changed)).toBe(covered);
  });

  it("picks the most specific planned root", () => {
    expect(coveringRoot([".", "envs", "envs/prod"], "envs/prod/db")).toBe("envs/prod");
    expect(coveringRoot(["envs/staging"], "envs/prod")).toBeUndefined();
  });
});
