/** Attribute paths that forced a replacement, and the reason line that names them. */
export interface ReplacePaths {
  paths: (string | number)[][];
  /** `replace_paths: engine, tags.Name`, or undefined when there are none. */
  reason?: string;
}

const NONE: ReplacePaths = { paths: [] };
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * `readReplacePaths` reads `change.replace_paths` (a list of attribute paths of strings and numbers).
 * Paths are kept by reference unless one reaches below a sensitive attribute: keys under a sensitive
 * map can themselves be secret, so such a path is cut at the sensitive attribute and rendered as
 * `tags.(sensitive)`. Steps that are neither strings nor numbers make the path unreadable; it is dropped.
 */
export function readReplacePaths(params: {
  replacePaths: unknown;
  beforeSensitive: unknown;
  afterSensitive: unknown;
}): ReplacePaths {
  const { replacePaths, beforeSensitive, afterSensitive } = params;
  if (!Array.isArray(replacePaths) || replacePaths.length === 0) return NONE;
  const paths: (string | number)[][] = [];
  const rendered: string[] = [];
  for (const path of replacePaths as unknown[]) {
    if (!isAttributePath(path)) continue;
    const cut = Math.min(sensitiveDepth(beforeSensitive, path), sensitiveDepth(afterSensitive, path));
    if (cut < path.length) {
      const kept = path.slice(0, cut);
      paths.push(kept);
      rendered.push(kept.length === 0 ? "(sensitive)" : `${formatAttributePath(kept)}.(sensitive)`);
    } else {
      paths.push(path);
      rendered.push(formatAttributePath(path));
    }
  }
  if (paths.length === 0) return NONE;
  return { paths, reason: `replace_paths: ${rendered.join(", ")}` };
}

/** Renders `["tags", "Name"]` as `tags.Name` and `["ingress", 0, "a b"]` as `ingress[0]["a b"]`. */
function formatAttributePath(path: readonly (string | number)[]): string {
  let out = "";
  for (const step of path) {
    if (typeof step === "number") out += `[${step}]`;
    else if (!IDENTIFIER.test(step)) out += `[${JSON.stringify(step)}]`;
    else out += out === "" ? step : `.${step}`;
  }
  return out;
}

function isAttributePath(path: unknown): path is (string | number)[] {
  if (!Array.isArray(path) || path.length === 0) return false;
  return path.every((step) => typeof step === "string" || typeof step === "number");
}

/**
 * How many leading steps of `path` can be shown: the length of the first prefix marked sensitive
 * (`true`) in a `*_sensitive` tree whose shape follows the values, or Infinity when none is.
 */
function sensitiveDepth(marks: unknown, path: readonly (string | number)[]): number {
  let mark = marks;
  for (let i = 0; i < path.length; i += 1) {
    if (mark === true) return i;
    if (typeof mark !== "object" || mark === null) return Infinity;
    const key = path[i] as string | number;
    mark = Object.hasOwn(mark, key) ? (mark as Record<string | number, unknown>)[key] : undefined;
  }
  return Infinity;
}
