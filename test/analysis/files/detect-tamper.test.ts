import { describe, expect, it } from "vitest";
import { classifyFiles, detectTamper } from "../../../src/analysis/files/index.js";

const workflow = { path: ".github/workflows/plan.yml", rule: "ci-workflow", why: "CI workflow: runs with the repository's secrets." };
const owners = { path: "CODEOWNERS", rule: "code-owners", why: "Code owners: decides whose review GitHub requires." };

describe("detectTamper", () => {
  it("detects an agent pull request touching a workflow", () => {
    expect(detectTamper({ isAgent: true, governance: [workflow] })).toEqual({
      detected: true,
      files: [".github/workflows/plan.yml"],
      reasons: [{ path: ".github/workflows/plan.yml", why: workflow.why }],
    });
  });

  it("does not call a human's workflow change tamper, but still lists it", () => {
    expect(detectTamper({ isAgent: false, governance: [workflow] })).toEqual({
      detected: false,
      files: [],
      reasons: [{ path: ".github/workflows/plan.yml", why: workflow.why }],
    });
  });

  it("finds nothing in an agent pull request without governance files", () => {
    expect(detectTamper({ isAgent: true, governance: [] })).toEqual({ detected: false, files: [], reasons: [] });
  });

  it("lists each file once, sorted", () => {
    const result = detectTamper({ isAgent: true, governance: [workflow, owners, workflow] });

    expect(result.files).toEqual([".github/workflows/plan.yml", "CODEOWNERS"]);
    expect(result.reasons.map((r) => r.path)).toEqual([".github/workflows/plan.yml", "CODEOWNERS"]);
  });

  it("catches an agent moving a workflow out of .github/workflows", () => {
    const { governance } = classifyFiles({ files: [{ path: "x.yml", previousPath: ".github/workflows/x.yml", status: "renamed" }] });

    expect(detectTamper({ isAgent: true, governance })).toMatchObject({ detected: true, files: [".github/workflows/x.yml"] });
  });
});
