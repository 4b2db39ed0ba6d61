import picomatch from "picomatch";
import { GLOB_LIMITS } from "./glob-limits.js";
import { validateGlob as globProblem } from "../../config/index.js";

/** A glob to compile, and where it came from (`environments[0].paths[2]`, `governancePaths[1]`). */
export interface GlobSource {
  glob: string;
  where: string;
}

/**
 * Something that kept a glob from being used, or a path from being matched: `glob.invalid` (refused or
 * unreadable glob), `glob.too-many` (globs past `GLOB_LIMITS.maxGlobs`, not used) or `path.too-long` (a
 * path past `GLOB_LIMITS.maxPathLength`, not matched). Callers treat any problem as unknown, not as safe.
 */
export interface GlobProblem {
  code: "glob.invalid" | "glob.too-many" | "path.too-long";
  message: string;
  where?: string;
  glob?: string;
  path?: string;
}

/**
 * A compiled glob; `index` is its position in the sources. `test` is false for paths longer than
 * `GLOB_LIMITS.maxPathLength` (see `isTooLongToMatch`).
 */
export interface CompiledGlob {
  glob: string;
  where: string;
  index: number;
  test: (path: string) => boolean;
}

/** picomatch options: `dot` so `**` reaches `.github/`; POSIX separators whatever the host. Case-sensitive. */
const PICOMATCH_OPTIONS = { dot: true, windows: false } as const;

/**
 * `compileGlobs` compiles each glob once with picomatch, refusing those `globProblem` names and those
 * picomatch cannot read, and ignoring globs past `GLOB_LIMITS.maxGlobs`; every refusal is a problem, never
 * an exception. Compiled globs keep the order of `sources`.
 */
export function compileGlobs(sources: readonly GlobSource[]): { globs: CompiledGlob[]; problems: GlobProblem[] } {
  const globs: CompiledGlob[] = [];
  const problems: GlobProblem[] = [];
  for (const [i, { glob, where }] of sources.entries()) {
    if (i === GLOB_LIMITS.maxGlobs) {
      const message = `too many globs: ${sources.length}, at most ${GLOB_LIMITS.maxGlobs}; ${where} and the globs after it are not used`;
      problems.push({ code: "glob.too-many", message, where });
      break;
    }
    const compiled = compile(glob);
    if (typeof compiled === "string") {
      problems.push({ code: "glob.invalid", message: `invalid glob at ${where}: ${compiled}`, where, glob: String(glob) });
      continue;
    }
    globs.push({ glob, where, index: i, test: (path) => !isTooLongToMatch(path) && compiled(path) });
  }
  return { globs, problems };
}

/** `isTooLongToMatch` tells whether a path is too long to be matched against globs in bounded time. */
export function isTooLongToMatch(path: string): boolean {
  return path.length > GLOB_LIMITS.maxPathLength;
}

/** `pathTooLongProblem` reports a path that was not matched because of its length. */
export function pathTooLongProblem(path: string): GlobProblem {
  const shown = `${path.slice(0, 80)}…`;
  const message = `path ${shown} is ${path.length} characters long, more than ${GLOB_LIMITS.maxPathLength}: it was not matched against globs`;
  return { code: "path.too-long", message, path };
}

/** The matcher of a glob, or why it is refused. */
function compile(glob: unknown): ((path: string) => boolean) | string {
  if (typeof glob !== "string") return "it is not a string";
  const refusal = globProblem(glob);
  if (refusal !== undefined) return refusal;
  try {
    return picomatch(glob, PICOMATCH_OPTIONS);
  } catch (error) {
    return `picomatch cannot read it (${error instanceof Error ? error.message : String(error)})`;
  }
}
