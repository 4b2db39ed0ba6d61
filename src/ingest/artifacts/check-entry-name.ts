const DRIVE = /^[A-Za-z]:/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * `entryNameProblem` says why a zip entry name is unsafe, or returns undefined for a plain relative path. Refused:
 * empty names, NUL and other control characters, backslashes, absolute paths, drive letters (`C:`), `..` and `.`
 * segments and empty segments (`a//b`). A single trailing `/` marks a directory and is allowed. Nothing is ever
 * written to disk, but a name that could mean two files, or a file outside the artifact, has no honest use.
 */
export function entryNameProblem(name: string): string | undefined {
  if (name === "" || name === "/") return "it has no name";
  if (name.includes("\u0000")) return "its name contains a NUL character";
  if (CONTROL.test(name)) return "its name contains a control character";
  if (name.includes("\\")) return "its name contains a backslash";
  if (name.startsWith("/")) return "its name is an absolute path";
  if (DRIVE.test(name)) return "its name starts with a drive letter";
  const segments = (name.endsWith("/") ? name.slice(0, -1) : name).split("/");
  if (segments.includes("..")) return 'its name climbs out of the artifact with ".."';
  if (segments.includes(".")) return 'its name has a "." segment';
  if (segments.includes("")) return "its name has an empty segment";
  return undefined;
}

/** `isDirectoryName` tells whether a zip entry name denotes a directory (ends with `/`). */
export function isDirectoryName(name: string): boolean {
  return name.endsWith("/");
}
