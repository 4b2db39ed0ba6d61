import { describe, expect, it } from "vitest";
import { isRepository, parsePullRef } from "../../../src/cli/audit/parse-pull-ref.js";

describe("parsePullRef", () => {
  it("reads owner/repo#N", () => {
    expect(parsePullRef("acme/infra#42")).toEqual({ repository: "acme/infra", pullNumber: 42 });
    expect(parsePullRef("my-org/repo.name_2#1")).toEqual({ repository: "my-org/repo.name_2", pullNumber: 1 });
  });

  it.each(["acme/infra", "acme/infra#", "acme/infra#0", "acme/infra#-1", "acme/infra#4x", "acme#42", "acme/infra/x#42", "https://github.com/acme/infra/pull/42", "#42"])(
    "refuses %j",
    (text) => {
      expect(parsePullRef(text)).toBeNull();
    },
  );
});

describe("isRepository", () => {
  it("accepts owner/repo and nothing else", () => {
    expect(isRepository("acme/infra")).toBe(true);
    expect(isRepository("acme")).toBe(false);
    expect(isRepository("acme/infra#1")).toBe(false);
  });
});
