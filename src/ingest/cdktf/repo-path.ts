/**
 * `normalizeRepoPath` writes a repository path the one way this module compares paths: forward slashes,
 * no `./` prefix, no repeated or trailing slash; the repository root is `.`.
 */
export function normalizeRepoPath(path: string): string {
  const out = path
    .replace(/\\/g, "/")
    .replace(/\/{2,}/g, "/")
    .replace(/^(\.\/)+/, "")
    .replace(/\/+$/, "");
  return out === "" ? "." : out;
}

/**
 * `joinRepoPath` resolves a relative path (`cdktf.out`, `../out`, `./build/synth`) against a repository
 * folder, returning a normalized repository path, or undefined when the result is absolute or leaves the
 * repository (such an output folder cannot hold committed files).
 */
export function joinRepoPath(folder: string, relative: string): string | undefined {
  const rel = relative.replace(/\\/g, "/");
  if (rel.startsWith("/") || /^[A-Za-z]:\//.test(rel)) return undefined;
  const parts: string[] = [];
  for (const segment of [...normalizeRepoPath(folder).split("/"), ...rel.split("/")]) {
    if (segment === "" || segment === ".") continue;
    if (segment !== "..") parts.push(segment);
    else if (parts.pop() === undefined) return undefined;
  }
  return parts.length === 0 ? "." : parts.join("/");
}

/** `dirnameOf` returns the folder of a normalized repository path (`.` at the top level). */
export function dirnameOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash <= 0 ? "." : path.slice(0, slash);
}

/** `basenameOf` returns the last segment of a repository path. */
export function basenameOf(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}
