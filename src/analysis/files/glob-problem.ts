import { GLOB_LIMITS } from "./glob-limits.js";

/**
 * `globProblem` returns why a glob is refused, or undefined when it may be compiled: what picomatch would
 * read differently from what a user means (negation, a leading `/` or `./`, `\`, `.` or `..` folders, empty
 * folder names, extglobs, brace ranges, unbalanced brackets) and what would make matching slow (see
 * `GLOB_LIMITS`). It reads the glob once, with no expression built from it.
 */
export function globProblem(glob: string): string | undefined {
  if (glob === "") return "it is empty";
  if (glob.length > GLOB_LIMITS.maxLength) return `it is longer than ${GLOB_LIMITS.maxLength} characters`;
  if (glob.trim() !== glob) return "it has leading or trailing spaces";
  if (glob.startsWith("!")) return "negation (`!`) is not supported: list the paths to match";
  if (glob.startsWith("/") || glob.startsWith("./")) return "paths are relative to the repository root: drop the leading `/` or `./`";
  if (glob.includes("\\")) return "`\\` is not supported: separate folders with `/`";
  const segments = glob.split("/");
  if (segments.includes("..") || segments.includes(".")) return "`.` and `..` folders are not supported";
  if (segments.includes("")) return "it has an empty folder name (`//` or a trailing `/`)";
  if (/[?*+@!]\(/.test(glob)) return "extglobs like `@(a|b)` are not supported: use braces, `{a,b}`";
  if (/\{[^{}]*\.\.[^{}]*\}/.test(glob)) return "brace ranges like `{1..3}` are not supported: list the values, `{1,2,3}`";
  return bracketProblem(glob) ?? starProblem(segments);
}

function bracketProblem(glob: string): string | undefined {
  let depth = 0;
  let groups = 0;
  let inClass = false;
  for (const char of glob) {
    if (inClass) {
      if (char === "]") inClass = false;
    } else if (char === "[") inClass = true;
    else if (char === "{") {
      depth += 1;
      groups += 1;
      if (depth > GLOB_LIMITS.maxBraceDepth) return `braces nest more than ${GLOB_LIMITS.maxBraceDepth} deep`;
    } else if (char === "}") {
      if (depth === 0) return "it has a `}` without a matching `{`";
      depth -= 1;
    }
  }
  if (inClass) return "it has a `[` without a matching `]`";
  if (depth > 0) return "it has a `{` without a matching `}`";
  if (groups > GLOB_LIMITS.maxBraceGroups) return `it has more than ${GLOB_LIMITS.maxBraceGroups} brace groups`;
  return undefined;
}

function starProblem(segments: readonly string[]): string | undefined {
  let globstars = 0;
  let stars = 0;
  for (const segment of segments) {
    if (segment === "**") {
      globstars += 1;
      stars += 1;
      continue;
    }
    const count = segment.split("*").length - 1;
    if (count > GLOB_LIMITS.maxStarsPerSegment) {
      return `it has more than ${GLOB_LIMITS.maxStarsPerSegment} \`*\` in one folder name, which makes matching slow`;
    }
    stars += count;
  }
  if (globstars > GLOB_LIMITS.maxGlobstars) return `it has more than ${GLOB_LIMITS.maxGlobstars} \`**\`, which makes matching slow`;
  if (stars > GLOB_LIMITS.maxStars) return `it has more than ${GLOB_LIMITS.maxStars} wildcards (\`*\`, \`**\`), which makes matching slow`;
  return undefined;
}
