import { hasErrors, type Diagnostic } from "../model/diagnostic.js";

/**
 * `formatConfigDiagnostics` is the one formatter of config problems, for the check run, the PR comment and
 * the CLI alike. When there is an error, a first line says `Invalid config in <file>:`; then one line per
 * problem, `<file>:<line>:<column> <key path>: <message>`, with `warning: ` before the path of warnings:
 *
 *     Invalid config in .github/airlock.yml:
 *     .github/airlock.yml:12:5 approvals.byTier.high: expected a number, received "two"
 *
 * Text from the config is quoted and cleaned when the diagnostics are built, so the result is plain text
 * that reads the same inside markdown (ideally a fenced block). Empty input gives the empty string.
 */
export function formatConfigDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const lines = diagnostics.map(formatLine);
  const first = diagnostics[0];
  if (first !== undefined && hasErrors(diagnostics)) lines.unshift(`Invalid config in ${first.file}:`);
  return lines.join("\n");
}

function formatLine(d: Diagnostic): string {
  const where = d.line === undefined ? d.file : d.column === undefined ? `${d.file}:${d.line}` : `${d.file}:${d.line}:${d.column}`;
  const level = d.level === "error" ? "" : `${d.level}: `;
  const path = d.path === undefined || d.path === "" ? "" : `${d.path}: `;
  return `${where} ${level}${path}${d.message.replace(/[\r\n]+/g, " ")}`;
}
