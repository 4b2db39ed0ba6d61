/** One step of a key path: a mapping key or a list index. */
export type PathSegment = string | number;

/**
 * A problem found in a config before it is tied to a file position: a stable `code`
 * (`config.unknown-key`), the key path it is about, and a message that does not repeat the path.
 */
export interface ConfigIssue {
  level: "error" | "warning";
  code: string;
  path: readonly PathSegment[];
  message: string;
}

/** `configError` builds an error-level ConfigIssue. */
export function configError(code: string, path: readonly PathSegment[], message: string): ConfigIssue {
  return { level: "error", code, path, message };
}

/** `configWarning` builds a warning-level ConfigIssue. */
export function configWarning(code: string, path: readonly PathSegment[], message: string): ConfigIssue {
  return { level: "warning", code, path, message };
}
