import { describe, expect, it } from "vitest";
import { detectCdktfProjects, isCdktfSynthPath } from "../../../src/ingest/cdktf/index.js";

describe("isCdktfSynthPath", () => {
  it.each([
    ["cdktf.out/manifest.json", true],
    ["cdktf.out/stacks/App/cdk.tf.json", true],
    ["infra/cdktf.out/stacks/App/cdk.tf.json", true],
    ["./infra\\cdktf.out\\manifest.json", true],
    ["build/synth/stacks/App/cdk.tf.json", true],
    ["cdktf.out/stacks/App/metadata.json", false],
    ["cdktf.out/stacks/App/cdk.tf", false],
    ["cdktf.out/stacks/App/nested/cdk.tf.json", false],
    ["cdk.out/manifest.json", false],
    ["manifest.json", false],
    ["infra/main.tf.json", false],
    ["infra/cdktf.json", false],
  ])("%s → %s", (path, expected) => {
    expect(isCdktfSynthPath(path)).toBe(expected);
  });

  it("recognises the manifest of an output folder only when told about that folder", () => {
    expect(isCdktfSynthPath("svc/out/manifest.json")).toBe(false);
    expect(isCdktfSynthPath("svc/out/manifest.json", ["svc/out"])).toBe(true);
    expect(isCdktfSynthPath("svc/out/manifest.json", ["./svc/out/"])).toBe(true);
    expect(isCdktfSynthPath("svc/output/manifest.json", ["svc/out"])).toBe(false);
  });
});

describe("detectCdktfProjects", () => {
  it("finds each cdktf.json with the default output folder", () => {
    expect(detectCdktfProjects({ paths: ["cdktf.json", "apps/web/cdktf.json", "apps/web/main.ts", "README.md"] })).toEqual([
      { root: ".", outDir: "cdktf.out" },
      { root: "apps/web", outDir: "apps/web/cdktf.out" },
    ]);
  });

  it("reads the output folder from the cdktf.json text, relative to the project", () => {
    const cdktfJson = [
      { path: "apps/web/cdktf.json", text: '{ "language": "typescript", "output": "./build/synth/" }' },
      { path: "apps/api/cdktf.json", text: '{ "output": "../shared-out" }' },
    ];
    expect(detectCdktfProjects({ paths: ["apps/web/cdktf.json", "apps/api/cdktf.json"], cdktfJson })).toEqual([
      { root: "apps/api", outDir: "apps/shared-out" },
      { root: "apps/web", outDir: "apps/web/build/synth" },
    ]);
  });

  it.each([
    ["not JSON", "{ output: out"],
    ["not an object", '["out"]'],
    ["an output that is not a string", '{ "output": 42 }'],
    ["an absolute output", '{ "output": "/tmp/out" }'],
    ["an output outside the repository", '{ "output": "../../out" }'],
  ])("falls back to cdktf.out for %s", (_name, text) => {
    expect(detectCdktfProjects({ paths: ["app/cdktf.json"], cdktfJson: [{ path: "app/cdktf.json", text }] })).toEqual([{ root: "app", outDir: "app/cdktf.out" }]);
  });

  it("adds a project above committed cdktf.out output that no cdktf.json claims, once", () => {
    const paths = ["svc/cdktf.out/manifest.json", "svc/cdktf.out/stacks/A/cdk.tf.json", "web/cdktf.json", "web/cdktf.out/manifest.json"];
    expect(detectCdktfProjects({ paths })).toEqual([
      { root: "svc", outDir: "svc/cdktf.out" },
      { root: "web", outDir: "web/cdktf.out" },
    ]);
  });

  it("counts a cdktf.json only given as text", () => {
    expect(detectCdktfProjects({ paths: [], cdktfJson: [{ path: "x/cdktf.json", text: '{"output":"o"}' }] })).toEqual([{ root: "x", outDir: "x/o" }]);
  });

  it("never throws on input of the wrong shape", () => {
    expect(detectCdktfProjects({ paths: [42, null, "a/cdktf.json"], cdktfJson: [null, { path: 1, text: 2 }] } as never)).toEqual([{ root: "a", outDir: "a/cdktf.out" }]);
    expect(detectCdktfProjects(null as never)).toEqual([]);
  });
});
