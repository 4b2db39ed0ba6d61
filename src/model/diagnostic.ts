/** How bad a diagnostic is: an `error` means some input could not be understood, so the gate treats it as unknown (blocked). */
export type DiagnosticLevel = "error" | "warning" | "info";

/**
 * A finding about an input that could not be read, or read only in part.
 * Ingesters and the config parser return these as data instead of throwing.
 * `path` is a JSON path (`resource_changes[3].change.actions`) or a key path in YAML;
 * `line`/`column` are 1-based when the format has positions.
 */
export interface Diagnostic {
  level: DiagnosticLevel;
  /** The file or artifact the diagnostic is about, as the user knows it (repo path, plan name). */
  file: string;
  message: string;
  path?: string;
  line?: number;
  column?: number;
  /** A stable machine-readable code, e.g. `plan.not-json`, `hcl.syntax`. */
  code?: string;
}

/** `diagnostic` builds a Diagnostic, dropping undefined optional fields so JSON output stays clean. */
export function diagnostic(d: Diagnostic): Diagnostic {
  const out: Diagnostic = { level: d.level, file: d.file, message: d.message };
  if (d.path !== undefined) out.path = d.path;
  if (d.line !== undefined) out.line = d.line;
  if (d.column !== undefined) out.column = d.column;
  if (d.code !== undefined) out.code = d.code;
  return out;
}

/** `hasErrors` tells whether any diagnostic is an error, i.e. some input is unknown. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.level === "error");
}
