import picomatch from "picomatch";
import { describe, expect, it, vi } from "vitest";
import { GLOB_LIMITS, resolveEnvironments, type EnvironmentDefinition } from "../../../src/analysis/files/index.js";

vi.mock("picomatch", async (importOriginal) => {
  const real = (await importOriginal<{ default: typeof picomatch }>()).default;
  return { default: Object.assign(vi.fn(real), real) };
});

const PRODUCTION: EnvironmentDefinition = { name: "production", tier: "production", paths: ["**/prod/**", "**/prod.tfvars"], workspaces: ["prod", "production"] };
const STAGING: EnvironmentDefinition = { name: "staging", tier: "staging", paths: ["**/staging/**"], workspaces: ["staging"] };
const SANDBOX: EnvironmentDefinition = { name: "sandbox", tier: "sandbox", paths: ["**/sandbox/**", "**/dev/**"], workspaces: ["dev"] };
const ENVIRONMENTS = [PRODUCTION, STAGING, SANDBOX];

describe("resolveEnvironments", () => {
  it.each<{ name: string; paths?: string[]; workspaces?: string[]; expected: { name: string; matchedBy: string[] }[]; unmatched?: string[] }>([
    { name: "a prod path", paths: ["envs/prod/db.tf"], expected: [{ name: "production", matchedBy: ["envs/prod/db.tf matches **/prod/**"] }] },
    { name: "a prod tfvars", paths: ["vars/prod.tfvars"], expected: [{ name: "production", matchedBy: ["vars/prod.tfvars matches **/prod.tfvars"] }] },
    { name: "workspace prod", workspaces: ["prod"], expected: [{ name: "production", matchedBy: ["workspace prod"] }] },
    {
      name: "paths in two environments",
      paths: ["envs/dev/app.tf", "envs/staging/app.tf"],
      expected: [
        { name: "staging", matchedBy: ["envs/staging/app.tf matches **/staging/**"] },
        { name: "sandbox", matchedBy: ["envs/dev/app.tf matches **/dev/**"] },
      ],
    },
    { name: "a module in no environment", paths: ["modules/vpc/main.tf"], expected: [], unmatched: ["modules/vpc/main.tf"] },
    { name: "a lookalike folder", paths: ["envs/production-like/x.tf"], expected: [], unmatched: ["envs/production-like/x.tf"] },
  ])("$name", ({ paths, workspaces, expected, unmatched }) => {
    const result = resolveEnvironments({ paths: paths ?? [], workspaces, environments: ENVIRONMENTS });

    expect(result.environments.map(({ name, matchedBy }) => ({ name, matchedBy }))).toEqual(expected);
    expect(result.unmatched).toEqual(unmatched ?? []);
    expect(result.problems).toEqual([]);
  });

  it("gives a path to the first matching environment in configured order", () => {
    const path = "envs/prod/dev/app.tf";

    expect(resolveEnvironments({ paths: [path], environments: ENVIRONMENTS }).environments.map((e) => e.name)).toEqual(["production"]);
    expect(resolveEnvironments({ paths: [path], environments: [SANDBOX, PRODUCTION] }).environments.map((e) => e.name)).toEqual(["sandbox"]);
  });

  it("gives a path to every matching environment with match: all", () => {
    const result = resolveEnvironments({ paths: ["envs/prod/dev/app.tf"], environments: [SANDBOX, PRODUCTION], match: "all" });

    expect(result.environments.map((e) => e.name)).toEqual(["sandbox", "production"]);
  });

  it("reports a bad glob and still applies the others", () => {
    const broken: EnvironmentDefinition = { ...PRODUCTION, paths: ["envs/{prod", "**/prod/**"] };
    const result = resolveEnvironments({ paths: ["envs/prod/db.tf"], environments: [broken] });

    expect(result.problems).toEqual([expect.objectContaining({ code: "glob.invalid", where: "environments[0].paths[0]", glob: "envs/{prod" })]);
    expect(result.environments.map((e) => e.name)).toEqual(["production"]);
  });

  it("maps plan manifests by environment name, and reports names it does not know", () => {
    const result = resolveEnvironments({ paths: [], manifests: [{ environment: "staging" }, { environment: "qa" }, {}], environments: ENVIRONMENTS });

    expect(result.environments).toEqual([{ name: "staging", tier: "staging", matchedBy: ["plan manifest names staging"] }]);
    expect(result.unknownManifestEnvironments).toEqual(["qa"]);
  });

  it("reports workspaces no environment lists", () => {
    expect(resolveEnvironments({ paths: [], workspaces: ["feature-x", "prod"], environments: ENVIRONMENTS }).unmatchedWorkspaces).toEqual(["feature-x"]);
  });

  it("leaves a path too long to match unmatched, and reports it", () => {
    const path = `envs/prod/${"x".repeat(GLOB_LIMITS.maxPathLength)}.tf`;
    const result = resolveEnvironments({ paths: [path], environments: ENVIRONMENTS });

    expect(result.unmatched).toEqual([path]);
    expect(result.problems).toEqual([expect.objectContaining({ code: "path.too-long", path })]);
  });

  it("compiles each glob once however many paths there are", () => {
    vi.mocked(picomatch).mockClear();
    const paths = Array.from({ length: 3000 }, (_, i) => `envs/${["prod", "staging", "dev", "shared"][i % 4]}/m${i}/main.tf`);
    const result = resolveEnvironments({ paths, environments: ENVIRONMENTS });

    expect(vi.mocked(picomatch)).toHaveBeenCalledTimes(5);
    expect(result.environments.map((e) => [e.name, e.matchedBy.length])).toEqual([["production", 750], ["staging", 750], ["sandbox", 750]]);
    expect(result.unmatched).toHaveLength(750);
  });
});
