import { describe, expect, it } from "vitest";
import { compileGlobs } from "../../../src/analysis/files/compile-globs.js";
import { GLOB_LIMITS } from "../../../src/analysis/files/index.js";

const one = (glob: string) => compileGlobs([{ glob, where: "g" }]);

describe("compileGlobs", () => {
  it.each<{ glob: string; because: string }>([
    { glob: "", because: "empty" },
    { glob: `envs/${"a".repeat(GLOB_LIMITS.maxLength)}`, because: "longer than 256" },
    { glob: " envs/**", because: "spaces" },
    { glob: "!envs/**", because: "negation" },
    { glob: "/envs/**", because: "relative to the repository root" },
    { glob: "envs\\prod", because: "`\\`" },
    { glob: "envs/../secrets/**", because: "`..`" },
    { glob: "envs//prod", because: "empty folder name" },
    { glob: "envs/@(prod|stg)/**", because: "extglobs" },
    { glob: "envs/{1..3}/**", because: "brace ranges" },
    { glob: "envs/{prod", because: "without a matching `}`" },
    { glob: "envs/[pq", because: "without a matching `]`" },
    { glob: "envs/{a,{b,{c,d}}}", because: "nest more than 2" },
    { glob: "{a,b}{c,d}{e,f}{g,h}{i,j}", because: "more than 4 brace groups" },
    { glob: "envs/*a*b*/x", because: "in one folder name" },
    { glob: "**/a/**/b/**", because: "more than 2 `**`" },
    { glob: "*a*/*b*/c*", because: "more than 4 wildcards" },
  ])("refuses $glob ($because)", ({ glob, because }) => {
    const { globs, problems } = one(glob);

    expect(globs).toEqual([]);
    expect(problems).toEqual([{ code: "glob.invalid", message: expect.stringContaining(because), where: "g", glob }]);
  });

  it.each<{ glob: string; path: string; matches: boolean }>([
    { glob: "envs/prod/**", path: "envs/prod/db.tf", matches: true },
    { glob: "**/prod/**", path: "envs/prod/db.tf", matches: true },
    { glob: "**/prod/**", path: "envs/production/db.tf", matches: false },
    { glob: "stacks/*-prod-*/**", path: "stacks/eu-prod-1/main.tf", matches: true },
    { glob: "envs/{prod,production}/**", path: "envs/production/db.tf", matches: true },
    { glob: ".github/**", path: ".github/workflows/x.yml", matches: true },
    { glob: "**/*.tf", path: "modules/.hidden/main.tf", matches: true },
    { glob: "envs/prod/**", path: "ENVS/PROD/db.tf", matches: false },
  ])("$glob on $path → $matches", ({ glob, path, matches }) => {
    const [compiled] = one(glob).globs;

    expect(compiled?.test(path)).toBe(matches);
  });

  it("uses the first globs up to the limit and reports the rest", () => {
    const sources = Array.from({ length: GLOB_LIMITS.maxGlobs + 5 }, (_, i) => ({ glob: `dir${i}/**`, where: `g[${i}]` }));
    const { globs, problems } = compileGlobs(sources);

    expect(globs).toHaveLength(GLOB_LIMITS.maxGlobs);
    expect(problems).toEqual([expect.objectContaining({ code: "glob.too-many", where: `g[${GLOB_LIMITS.maxGlobs}]` })]);
  });

  it("never matches a path past the length limit", () => {
    const [all] = one("**").globs;

    expect(all?.test("a".repeat(GLOB_LIMITS.maxPathLength))).toBe(true);
    expect(all?.test("a".repeat(GLOB_LIMITS.maxPathLength + 1))).toBe(false);
  });

  it("keeps the slowest accepted globs fast on crafted paths", () => {
    const crafted = [("a".repeat(60) + "/").repeat(8), "a/".repeat(250), "a".repeat(GLOB_LIMITS.maxPathLength)];
    const { globs, problems } = compileGlobs(["*a*/*a*b", "**/*a*/**/b", "**/a*a*/**", "{a,aa}*a*/**/b"].map((glob) => ({ glob, where: "g" })));
    const started = performance.now();
    for (let i = 0; i < 20; i += 1) for (const glob of globs) for (const path of crafted) glob.test(path);

    expect(problems).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
