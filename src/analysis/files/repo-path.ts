/**
 * `dirOf` returns the folder of a repository path (`envs/prod/db.tf` → `envs/prod`), `""` for a file at the
 * repository root.
 */
export function dirOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}

/** `baseOf` returns the file name of a repository path (`envs/prod/db.tf` → `db.tf`). */
export function baseOf(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/**
 * `ancestorDirs` lists the folders enclosing a path, nearest first and the repository root (`""`) last:
 * `a/b/c.tf` → `["a/b", "a", ""]`. Its length is the path's depth, so callers stay linear in path length.
 */
export function ancestorDirs(path: string): string[] {
  const dirs: string[] = [];
  let dir = dirOf(path);
  for (;;) {
    dirs.push(dir);
    if (dir === "") return dirs;
    dir = dirOf(dir);
  }
}

/**
 * `normalizeRepoPath` turns a path or folder written by a person (`./infra/`, `/.github/airlock.yml`, `.`)
 * into the form GitHub lists changed files in: no leading `./` or `/`, no trailing `/`, `""` for the root.
 */
export function normalizeRepoPath(path: string): string {
  let out = path.trim();
  for (;;) {
    if (out.startsWith("./")) out = out.slice(2);
    else if (out.startsWith("/")) out = out.slice(1);
    else break;
  }
  while (out.endsWith("/")) out = out.slice(0, -1);
  return out === "." ? "" : out;
}

/**
 * `dirBeforeFolder` returns the folder that holds the first folder named `folder` on `path`
 * (`infra/cdk.out/Db.template.json` with `cdk.out` → `infra`), or undefined when no folder of the path has
 * that name. The file name itself is not a folder and never matches.
 */
export function dirBeforeFolder(path: string, folder: string): string | undefined {
  const parts = path.split("/");
  const index = parts.indexOf(folder);
  if (index === -1 || index === parts.length - 1) return undefined;
  return parts.slice(0, index).join("/");
}
