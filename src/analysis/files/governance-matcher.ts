import { compileGlobs, isTooLongToMatch, pathTooLongProblem, type CompiledGlob, type GlobProblem } from "./compile-globs.js";
import { BUILT_IN_GOVERNANCE_RULES, type GovernanceRule, type GovernanceRuleSpec } from "./governance-rules.js";
import { ancestorDirs, baseOf, normalizeRepoPath } from "./repo-path.js";

/** Why one path is governance. */
export interface GovernanceHit {
  rule: GovernanceRule;
  why: string;
}

/** What identifies governance beyond the built-in rules; see `classifyFiles`. */
export interface GovernanceParams {
  governancePaths?: readonly string[];
  configPath?: string;
  extendsPaths?: readonly string[];
  planWorkflow?: string;
}

/** A governance matcher for one call. `problems` lists refused globs, then paths too long to match. */
export interface GovernanceMatcher {
  match: (path: string) => GovernanceHit | undefined;
  problems: GlobProblem[];
}

interface Ranked {
  spec: GovernanceRuleSpec;
  rank: number;
}

const DEFAULT_CONFIG_PATHS = [".github/airlock.yml", ".github/airlock.yaml"];

/**
 * `createGovernanceMatcher` builds, once per call, a matcher for Airlock's config (`configPath` and the
 * default names) and what it extends, the plan workflow (a path, or a file name under
 * `.github/workflows/`), the built-in rules, and the repository's `governancePaths` globs, in that order of
 * precedence. Built-in matching is literal and case-insensitive (over-matching is the safe direction), and
 * costs one map lookup per folder of the path. A path too long for the globs counts as governance and is
 * reported, since it could not be checked.
 */
export function createGovernanceMatcher(params: GovernanceParams): GovernanceMatcher {
  const specs = [...parameterSpecs(params), ...BUILT_IN_GOVERNANCE_RULES];
  const maps = {
    paths: new Map<string, Ranked>(),
    names: new Map<string, Ranked>(),
    trees: new Map<string, Ranked>(),
    anyTrees: new Map<string, Ranked>(),
  };
  specs.forEach((spec, rank) => {
    for (const key of ["paths", "names", "trees", "anyTrees"] as const) {
      for (const value of spec[key] ?? []) if (!maps[key].has(value)) maps[key].set(value, { spec, rank });
    }
  });
  const sources = (params.governancePaths ?? []).map((glob, i) => ({ glob, where: `governancePaths[${i}]` }));
  const { globs, problems } = compileGlobs(sources);
  const match = (path: string): GovernanceHit | undefined => {
    const lower = path.toLowerCase();
    const candidates = [maps.paths.get(lower), maps.names.get(baseOf(lower))];
    for (const dir of ancestorDirs(lower)) {
      if (dir === "") break;
      candidates.push(maps.trees.get(dir), maps.anyTrees.get(baseOf(dir)));
    }
    const best = candidates.reduce<Ranked | undefined>((a, b) => (b !== undefined && (a === undefined || b.rank < a.rank) ? b : a), undefined);
    if (best !== undefined) return { rule: best.spec.rule, why: best.spec.why };
    return matchGlobs(path, globs, problems);
  };
  return { match, problems };
}

function matchGlobs(path: string, globs: readonly CompiledGlob[], problems: GlobProblem[]): GovernanceHit | undefined {
  if (globs.length === 0) return undefined;
  if (isTooLongToMatch(path)) {
    problems.push(pathTooLongProblem(path));
    return { rule: "custom", why: "Too long to check against the repository's governance paths, so treated as one of them." };
  }
  const glob = globs.find((g) => g.test(path));
  return glob === undefined ? undefined : { rule: "custom", why: `Listed in the repository's governance paths (\`${glob.glob}\`).` };
}

function parameterSpecs(params: GovernanceParams): GovernanceRuleSpec[] {
  const config = [params.configPath ?? "", ...DEFAULT_CONFIG_PATHS];
  const planWorkflow = normalizeRepoPath(params.planWorkflow ?? "");
  const planPath = planWorkflow === "" || planWorkflow.includes("/") ? planWorkflow : `.github/workflows/${planWorkflow}`;
  return [
    { rule: "airlock-config", why: "Airlock's own config: the rules that gate agent pull requests.", paths: repoPaths(config) },
    {
      rule: "airlock-config",
      why: "Extended by Airlock's config: part of the rules that gate agent pull requests.",
      paths: repoPaths(params.extendsPaths ?? []),
    },
    { rule: "plan-workflow", why: "The plan workflow: produces the plans Airlock trusts to score a change.", paths: repoPaths([planPath]) },
  ];
}

function repoPaths(paths: readonly string[]): string[] {
  return paths.map((p) => normalizeRepoPath(p).toLowerCase()).filter((p) => p !== "");
}
