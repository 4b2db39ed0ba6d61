/** `dirOf` returns the directory part of a `/`-separated path (`""` for a bare file name). */
export function dirOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}

/**
 * `joinRelative` joins a path named inside a cloud assembly to the assembly's directory, or returns undefined
 * when the name could leave it (absolute, `..`, backslashes, empty): a manifest must not point at arbitrary
 * files of the repository.
 */
export function joinRelative(dir: string, relative: unknown): string | undefined {
  if (typeof relative !== "string" || relative === "" || relative.startsWith("/") || relative.includes("\\")) return undefined;
  const parts = relative.split("/").filter((p) => p !== "" && p !== ".");
  if (parts.length === 0 || parts.includes("..")) return undefined;
  return dir === "" ? parts.join("/") : `${dir}/${parts.join("/")}`;
}
