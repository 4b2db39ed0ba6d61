import { compileGlobs, isTooLongToMatch, pathTooLongProblem, type CompiledGlob, type GlobProblem } from "./compile-globs.js";

/** How sensitive an environment is. */
export type EnvironmentTier = "production" | "staging" | "sandbox";

/** One configured environment: path globs (picomatch) and exact workspace names. */
export interface EnvironmentDefinition {
  name: string;
  tier: EnvironmentTier;
  paths: readonly string[];
  workspaces?: readonly string[];
}

/** An environment the change reaches, with what put it there (`envs/prod/db.tf matches envs/prod/**`, `workspace prod`). */
export interface ResolvedEnvironment {
  name: string;
  tier: EnvironmentTier;
  matchedBy: string[];
}

/**
 * Where a change lands. `environments` follow the configured order. `unmatched` are the paths in no
 * environment, `unmatchedWorkspaces` the workspaces in none, `unknownManifestEnvironments` the plan manifest
 * environments no environment is named after: all of them are unknown, not safe. `problems` are globs
 * that could not be used and paths too long to match.
 */
export interface EnvironmentResolution {
  environments: ResolvedEnvironment[];
  unmatched: string[];
  unmatchedWorkspaces: string[];
  unknownManifestEnvironments: string[];
  problems: GlobProblem[];
}

/** Input of `resolveEnvironments`. `match` defaults to `first`. */
export interface ResolveEnvironmentsParams {
  paths: readonly string[];
  workspaces?: readonly string[];
  manifests?: readonly { environment?: string }[];
  environments: readonly EnvironmentDefinition[];
  match?: "first" | "all";
}

/**
 * `resolveEnvironments` maps paths, Terraform workspaces and plan-manifest environments onto the configured
 * environments. A path belongs to the first environment (in configured order) with a matching glob, or,
 * with `match: "all"`, to every such environment; a workspace to each environment listing it exactly; a
 * manifest environment to the environment of that name. Globs are compiled once per call (picomatch,
 * `dot: true`, bounded by `GLOB_LIMITS`); a refused glob is reported in `problems` and the others still apply.
 */
export function resolveEnvironments(params: ResolveEnvironmentsParams): EnvironmentResolution {
  const compiled = compileEnvironmentGlobs(params.environments);
  const hits = params.environments.map(() => [] as string[]);
  const result: EnvironmentResolution = {
    environments: [],
    unmatched: [],
    unmatchedWorkspaces: [],
    unknownManifestEnvironments: [],
    problems: compiled.problems,
  };
  for (const path of unique(params.paths)) {
    if (isTooLongToMatch(path)) result.problems.push(pathTooLongProblem(path));
    const matched = matchPath(path, compiled.byEnvironment, params.match ?? "first");
    if (matched.length === 0) result.unmatched.push(path);
    for (const { env, glob } of matched) hits[env]?.push(`${path} matches ${glob}`);
  }
  for (const workspace of unique(params.workspaces ?? [])) {
    const envs = params.environments.flatMap((env, i) => ((env.workspaces ?? []).includes(workspace) ? [i] : []));
    if (envs.length === 0) result.unmatchedWorkspaces.push(workspace);
    for (const i of envs) hits[i]?.push(`workspace ${workspace}`);
  }
  const manifestNames = (params.manifests ?? []).flatMap((m) => (typeof m.environment === "string" ? [m.environment] : []));
  for (const name of unique(manifestNames)) {
    const i = params.environments.findIndex((env) => env.name === name);
    if (i === -1) result.unknownManifestEnvironments.push(name);
    else hits[i]?.push(`plan manifest names ${name}`);
  }
  params.environments.forEach((env, i) => {
    const matchedBy = hits[i] ?? [];
    if (matchedBy.length > 0) result.environments.push({ name: env.name, tier: env.tier, matchedBy });
  });
  return result;
}

function compileEnvironmentGlobs(environments: readonly EnvironmentDefinition[]): { byEnvironment: CompiledGlob[][]; problems: GlobProblem[] } {
  const sources = environments.flatMap((env, i) => env.paths.map((glob, j) => ({ glob, where: `environments[${i}].paths[${j}]`, env: i })));
  const { globs, problems } = compileGlobs(sources);
  const byEnvironment = environments.map((): CompiledGlob[] => []);
  for (const glob of globs) byEnvironment[sources[glob.index]?.env ?? -1]?.push(glob);
  return { byEnvironment, problems };
}

function matchPath(path: string, byEnvironment: readonly CompiledGlob[][], mode: "first" | "all"): { env: number; glob: string }[] {
  const out: { env: number; glob: string }[] = [];
  for (const [env, globs] of byEnvironment.entries()) {
    const glob = globs.find((g) => g.test(path));
    if (glob === undefined) continue;
    out.push({ env, glob: glob.glob });
    if (mode === "first") break;
  }
  return out;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
