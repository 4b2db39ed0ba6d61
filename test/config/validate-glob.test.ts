import picomatch from "picomatch";
import { describe, expect, it } from "vitest";
import { DEFAULT_ENVIRONMENTS, GLOB_OPTIONS, validateGlob } from "../../src/config/index.js";

describe("validateGlob", () => {
  it.each([
    "**/prod/**",
    "envs/prod/**",
    "**/*.prod.tfvars",
    "envs/{prod,production}/**",
    "envs/*-prod/**",
    "stacks/[a-c]*/main.tf",
    "**/*prod*/**",
    "CODEOWNERS",
  ])("accepts %s", (glob) => {
    expect(validateGlob(glob)).toBeUndefined();
  });

  it("accepts every built-in glob", () => {
    const defaults = DEFAULT_ENVIRONMENTS.flatMap((e) => e.paths);
    expect(defaults.filter((glob) => validateGlob(glob) !== undefined)).toEqual([]);
  });

  it.each([
    [" envs/prod/**", "leading or trailing spaces"],
    ["!envs/dev/**", "negation"],
    ["/envs/prod/**", "relative to the repository root"],
    ["./envs/prod/**", "relative to the repository root"],
    ["envs\\prod", "`\\` is not supported"],
    ["envs/../prod/**", "`..` folders"],
    ["envs//prod", "empty folder name"],
    ["envs/prod/", "empty folder name"],
    ["envs/+(a|b)/**", "extglobs"],
    ["envs/{1..9}/**", "brace ranges"],
    ["envs/{a,b", "`{` without a matching `}`"],
    ["envs/a,b}", "`}` without a matching `{`"],
    ["envs/[ab", "`[` without a matching `]`"],
    ["{a,{b,{c,d}}}/**", "nest more than 2 deep"],
    ["{a,b}/{c,d}/{e,f}/{g,h}/{i,j}", "more than 4 brace groups"],
    ["**/a/**/b/**", "more than 2 `**`"],
    ["envs/*a*b*", "more than 2 `*` in one folder name"],
    ["*a*/*b*/c*", "more than 4 wildcards"],
    ["x".repeat(257), "longer than 256"],
  ])("refuses %s", (glob, why) => {
    expect(validateGlob(glob)).toContain(why);
  });

  it("keeps `[` and `]` as a character class, so braces inside it are not counted", () => {
    expect(validateGlob("envs/[{]*/**")).toBeUndefined();
  });

  it("matches the way GLOB_OPTIONS say: dot-folders included, anchored at the root", () => {
    const isMatch = picomatch(".github/workflows/**", GLOB_OPTIONS);
    expect(isMatch(".github/workflows/plan.yml")).toBe(true);
    expect(picomatch("**/prod/**", GLOB_OPTIONS)("prod/.terraform.lock.hcl")).toBe(true);
    expect(picomatch("CODEOWNERS", GLOB_OPTIONS)("sub/CODEOWNERS")).toBe(false);
  });
});
