/**
 * `joinPath` joins a directory and a relative path with `/`. An empty directory or `.` (the repository root)
 * adds nothing, and a trailing `/` on the directory is not doubled.
 */
export function joinPath(dir: string, path: string): string {
  if (dir === "" || dir === ".") return path;
  return dir.endsWith("/") ? `${dir}${path}` : `${dir}/${path}`;
}

/** `folderOf` returns the folder part of an entry name with its trailing `/` (`a/b/c.json` → `a/b/`, `c.json` → ``). */
export function folderOf(entry: string): string {
  return entry.slice(0, entry.lastIndexOf("/") + 1);
}
