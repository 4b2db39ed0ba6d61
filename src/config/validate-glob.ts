import picomatch from "picomatch";
import { GLOB_OPTIONS } from "./glob-options.js";
import { CONFIG_LIMITS } from "./limits.js";
import { cleanText } from "./quote-text.js";

/** Globs whose verdicts are remembered (a config has a few dozen; every evaluation checks them again). */
const REMEMBERED = 1024;
const verdicts = new Map<string, string | undefined>();

/**
 * `validateGlob` returns why a config glob is refused, or undefined when it is fine. Refused: what picomatch
 * would read differently from what the user meant (negation, a leading `/`, `\`, `..`, unbalanced brackets,
 * brace ranges, extglobs) and what would make matching slow on a crafted path (see `CONFIG_LIMITS`).
 * Verdicts of globs up to the length limit are remembered for the last REMEMBERED distinct ones (the answer
 * depends on the glob alone).
 */
export function validateGlob(glob: string): string | undefined {
  if (verdicts.has(glob)) return verdicts.get(glob);
  const verdict = shapeProblem(glob) ?? bracketProblem(glob) ?? complexityProblem(glob) ?? compileProblem(glob);
  if (glob.length > CONFIG_LIMITS.maxGlobLength) return verdict;
  if (verdicts.size >= REMEMBERED) verdicts.delete(verdicts.keys().next().value!);
  verdicts.set(glob, verdict);
  return verdict;
}

function shapeProblem(glob: string): string | undefined {
  if (glob.trim() !== glob) return "it has leading or trailing spaces";
  if (glob.length > CONFIG_LIMITS.maxGlobLength) return `it is longer than ${CONFIG_LIMITS.maxGlobLength} characters`;
  if (glob.startsWith("!")) return "negation (`!`) is not supported: list the paths to match";
  if (glob.startsWith("/") || glob.startsWith("./")) return "paths are relative to the repository root: drop the leading `/` or `./`";
  if (glob.includes("\\")) return "`\\` is not supported: separate folders with `/`";
  const segments = glob.split("/");
  if (segments.includes("..") || segments.includes(".")) return "`.` and `..` folders are not supported";
  if (segments.includes("")) return "it has an empty folder name (`//` or a trailing `/`)";
  if (/[?*+@!]\(/.test(glob)) return "extglobs like `@(a|b)` are not supported: use braces, `{a,b}`";
  if (/\{[^{}]*\.\.[^{}]*\}/.test(glob)) return "brace ranges like `{1..3}` are not supported: list the values, `{1,2,3}`";
  return undefined;
}

function bracketProblem(glob: string): string | undefined {
  let depth = 0;
  let groups = 0;
  let inClass = false;
  for (const char of glob) {
    if (inClass) {
      if (char === "]") inClass = false;
      continue;
    }
    if (char === "[") inClass = true;
    else if (char === "{") {
      depth += 1;
      groups += 1;
      if (depth > CONFIG_LIMITS.maxBraceDepth) return `braces nest more than ${CONFIG_LIMITS.maxBraceDepth} deep`;
    } else if (char === "}") {
      if (depth === 0) return "it has a `}` without a matching `{`";
      depth -= 1;
    }
  }
  if (inClass) return "it has a `[` without a matching `]`";
  if (depth > 0) return "it has a `{` without a matching `}`";
  if (groups > CONFIG_LIMITS.maxBraceGroups) return `it has more than ${CONFIG_LIMITS.maxBraceGroups} brace groups`;
  return undefined;
}

function complexityProblem(glob: string): string | undefined {
  const segments = glob.split("/");
  const globstars = segments.filter((s) => s === "**").length;
  if (globstars > CONFIG_LIMITS.maxGlobstars) return `it has more than ${CONFIG_LIMITS.maxGlobstars} \`**\`, which makes matching slow`;
  let stars = globstars;
  for (const segment of segments) {
    if (segment === "**") continue;
    const count = segment.split("*").length - 1;
    if (count > CONFIG_LIMITS.maxStarsPerSegment) {
      return `it has more than ${CONFIG_LIMITS.maxStarsPerSegment} \`*\` in one folder name, which makes matching slow`;
    }
    stars += count;
  }
  if (stars > CONFIG_LIMITS.maxStars) return `it has more than ${CONFIG_LIMITS.maxStars} wildcards (\`*\`, \`**\`), which makes matching slow`;
  return undefined;
}

function compileProblem(glob: string): string | undefined {
  try {
    const source = picomatch.makeRe(glob, GLOB_OPTIONS).source;
    return source === "$^" ? "it can never match a path" : undefined;
  } catch (error) {
    return `picomatch cannot read it (${cleanText(error instanceof Error ? error.message : String(error))})`;
  }
}
