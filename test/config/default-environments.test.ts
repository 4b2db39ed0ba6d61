import picomatch from "picomatch";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG, GLOB_OPTIONS } from "../../src/config/index.js";

function environmentsOf(path: string): string[] {
  return DEFAULT_CONFIG.environments.filter((env) => picomatch(env.paths, GLOB_OPTIONS)(path)).map((env) => env.name);
}

describe("default environments", () => {
  it.each([
    ["envs/prod/main.tf", ["production"]],
    ["prod/main.tf", ["production"]],
    ["live/production/us-east-1/vpc/terragrunt.hcl", ["production"]],
    ["accounts/prd/iam.tf", ["production"]],
    ["vars/prod.tfvars", ["production"]],
    ["envs/staging/db.tf", ["staging"]],
    ["stg/app.tf", ["staging"]],
    ["envs/dev/app.tf", ["sandbox"]],
    ["sandbox/scratch.tf", ["sandbox"]],
    ["envs/prod/dev/overlay.tf", ["production", "sandbox"]],
    ["modules/vpc/main.tf", []],
    ["modules/vpc/test/vpc_test.go", []],
    ["products/api/main.tf", []],
  ])("puts %s in %j", (path, expected) => {
    expect(environmentsOf(path)).toEqual(expected);
  });

  it("maps the common workspace names", () => {
    const byWorkspace = Object.fromEntries(DEFAULT_CONFIG.environments.flatMap((e) => e.workspaces.map((w) => [w, e.tier])));
    expect(byWorkspace).toMatchObject({ prod: "production", production: "production", staging: "staging", dev: "sandbox" });
  });

  it("makes no environment autonomous and overrides no approvals", () => {
    expect(DEFAULT_CONFIG.environments.filter((e) => e.autonomous !== undefined || e.approvals !== undefined)).toEqual([]);
  });
});
