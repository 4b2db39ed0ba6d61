import { diagnostic, type Diagnostic } from "../model/diagnostic.js";
import type { ConfigIssue, PathSegment } from "./config-issue.js";
import { formatConfigPath } from "./format-config-path.js";
import { CONFIG_LIMITS } from "./limits.js";
import type { YamlPosition } from "./locate-yaml-path.js";

/**
 * `toConfigDiagnostics` ties ConfigIssues to the config file: the formatted key path, and the line and column
 * when `locate` knows them (it does for text, not for an already-parsed object). Errors come first, then
 * warnings, each in file order; past `CONFIG_LIMITS.maxDiagnostics` the rest are summed up in one line.
 */
export function toConfigDiagnostics(params: {
  issues: readonly ConfigIssue[];
  source: string;
  locate?: (path: readonly PathSegment[]) => YamlPosition | undefined;
}): Diagnostic[] {
  const located = params.issues.map((issue, index) => ({ issue, index, position: params.locate?.(issue.path) }));
  located.sort(
    (a, b) =>
      rank(a.issue) - rank(b.issue) ||
      (a.position?.line ?? 0) - (b.position?.line ?? 0) ||
      (a.position?.column ?? 0) - (b.position?.column ?? 0) ||
      a.index - b.index,
  );
  const kept = located.slice(0, CONFIG_LIMITS.maxDiagnostics).map(({ issue, position }) =>
    diagnostic({
      level: issue.level,
      file: params.source,
      message: issue.message,
      path: issue.path.length > 0 ? formatConfigPath(issue.path) : undefined,
      line: position?.line,
      column: position?.column,
      code: issue.code,
    }),
  );
  const dropped = located.length - kept.length;
  if (dropped > 0) {
    const level = located.slice(kept.length).some((l) => l.issue.level === "error") ? "error" : "warning";
    const message = `${dropped} more problem${dropped === 1 ? "" : "s"} not shown`;
    kept.push(diagnostic({ level, file: params.source, message, code: "config.too-many-problems" }));
  }
  return kept;
}

function rank(issue: ConfigIssue): number {
  return issue.level === "error" ? 0 : 1;
}
