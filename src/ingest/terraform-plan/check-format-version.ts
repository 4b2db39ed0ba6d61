import type { PlanDiagnostics } from "./plan-diagnostics.js";

const VERSION = /^(\d{1,4})\.(\d{1,4})(?:\.\d+)?$/;

/**
 * `checkFormatVersion` reports a `format_version` this reader may misread. By the format's rules a new
 * minor version only adds fields and a new major version breaks compatibility, so 0.x (Terraform 0.12 to
 * 1.0) and 1.x are read, any other major is an error, and a missing version (some trimmed plans) is a warning.
 */
export function checkFormatVersion(version: unknown, diagnostics: PlanDiagnostics): void {
  if (version === undefined) {
    diagnostics.report("warning", "plan.format-version-missing", "format_version",
      "the plan has no format_version; it is read as format 1.x");
    return;
  }
  const match = typeof version === "string" ? VERSION.exec(version) : null;
  if (match === null) {
    diagnostics.report("error", "plan.format-version-invalid", "format_version",
      "format_version is not a version number like 1.2, so the plan format is unknown");
    return;
  }
  const major = Number(match[1]);
  if (major > 1) {
    diagnostics.report("error", "plan.format-version-unsupported", "format_version",
      `format_version ${major}.${Number(match[2])} is a new major version this reader does not know (it reads 0.x and 1.x); its changes were read as 1.x and may be wrong or missing`);
  }
}
