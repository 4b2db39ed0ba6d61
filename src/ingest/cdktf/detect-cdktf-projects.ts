import { isJsonObject, nonEmptyString } from "./json-values.js";
import { DEFAULT_OUT_DIR } from "./locate-synth-file.js";
import { basenameOf, dirnameOf, joinRepoPath, normalizeRepoPath } from "./repo-path.js";

/** A cdktf project: the folder holding its `cdktf.json` and its synth output folder, both repository paths. */
export interface CdktfProject {
  root: string;
  outDir: string;
}

const UNDER_DEFAULT_OUT = /^(?:(.+)\/)?cdktf\.out(?:\/|$)/;

/**
 * `detectCdktfProjects` finds cdktf projects among repository paths. Every `cdktf.json` is a project rooted
 * at its folder; its output folder is the `output` setting of that file's text in `cdktfJson` (matched by
 * path), resolved against the project folder, or `cdktf.out` when the text is absent, unreadable, names no
 * `output` or one outside the repository. A path inside a `cdktf.out` folder that no listed project claims
 * adds a project rooted just above it. Results are sorted by root, then output folder; no duplicates.
 * Pure; never throws.
 */
export function detectCdktfProjects(params: { paths: readonly string[]; cdktfJson?: { path: string; text: string }[] }): CdktfProject[] {
  const texts = new Map<string, string>();
  for (const file of Array.isArray(params?.cdktfJson) ? params.cdktfJson : []) {
    if (typeof file?.path === "string" && typeof file.text === "string") texts.set(normalizeRepoPath(file.path), file.text);
  }
  const paths = (Array.isArray(params?.paths) ? params.paths : []).filter((p) => typeof p === "string").map(normalizeRepoPath);
  const projects = new Map<string, CdktfProject>();
  const add = (project: CdktfProject): void => {
    projects.set(`${project.root}\u0000${project.outDir}`, project);
  };
  for (const path of [...paths, ...texts.keys()]) {
    if (basenameOf(path) !== "cdktf.json") continue;
    const root = dirnameOf(path);
    add({ root, outDir: outDirOf(root, texts.get(path)) });
  }
  const claimed = new Set([...projects.values()].map((p) => p.outDir));
  for (const path of paths) {
    const match = UNDER_DEFAULT_OUT.exec(path);
    if (match === null) continue;
    const root = match[1] ?? ".";
    const outDir = root === "." ? DEFAULT_OUT_DIR : `${root}/${DEFAULT_OUT_DIR}`;
    if (!claimed.has(outDir)) add({ root, outDir });
  }
  return [...projects.values()].sort((a, b) => compare(a.root, b.root) || compare(a.outDir, b.outDir));
}

/** `outDirOf` resolves the output folder a cdktf.json text names, defaulting to `cdktf.out`. */
export function outDirOf(root: string, text: string | undefined): string {
  const fallback = joinRepoPath(root, DEFAULT_OUT_DIR) ?? DEFAULT_OUT_DIR;
  if (text === undefined) return fallback;
  const output = nonEmptyString(readJson(text.replace(/^\uFEFF/, ""))?.output);
  return (output === undefined ? undefined : joinRepoPath(root, output)) ?? fallback;
}

function readJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return isJsonObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
