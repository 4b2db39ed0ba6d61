import { diagnostic, type Diagnostic, type DiagnosticLevel } from "../../model/index.js";

/** What a diagnostic about an artifact says: its level, `artifact.*` code and message, and optionally the entry and JSON path. */
export interface ArtifactFinding {
  level?: DiagnosticLevel;
  code: string;
  message: string;
  entry?: string;
  path?: string;
  line?: number;
  column?: number;
}

/**
 * `artifactDiagnostic` builds a Diagnostic about artifact `artifact` (an error unless the finding says otherwise).
 * Its `file` is `<artifact>/<entry>` when an entry is named, else the artifact name, so a reader can tell which
 * download and which file inside it the finding is about.
 */
export function artifactDiagnostic(artifact: string, finding: ArtifactFinding): Diagnostic {
  return diagnostic({
    level: finding.level ?? "error",
    file: finding.entry === undefined ? artifact : `${artifact}/${finding.entry}`,
    message: finding.message,
    code: finding.code,
    path: finding.path,
    line: finding.line,
    column: finding.column,
  });
}
