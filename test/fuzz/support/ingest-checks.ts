import type { ChangeSource, Diagnostic, IngestResult, ResourceChange } from "../../../src/model/index.js";

/** Diagnostic codes that only a bug in Airlock produces: the reader threw and its last line of defence caught it. */
export const INTERNAL_ERROR_CODES: ReadonlySet<string> = new Set(["plan.internal-error", "hcl.internal", "cfn.internal"]);

const ACTIONS = new Set(["create", "update", "delete", "replace", "forget", "read", "move", "import", "no-op"]);
const LEVELS = new Set(["error", "warning", "info"]);

/**
 * `ingestProblems` lists what is wrong with an IngestResult as any ingester must return it: lists present,
 * well-formed diagnostics with no internal-error code, changes of known actions from the expected source whose
 * root is one of the result's roots, positions that are positive integers.
 */
export function ingestProblems(result: IngestResult, source: ChangeSource): string[] {
  const problems: string[] = [];
  for (const key of ["changes", "configChanges", "diagnostics", "roots"] as const) {
    if (!Array.isArray(result[key])) problems.push(`${key} is not a list`);
  }
  if (problems.length > 0) return problems;
  const roots = new Set(result.roots.map((r) => r.name));
  for (const d of result.diagnostics) problems.push(...diagnosticProblems(d));
  for (const c of result.changes) problems.push(...changeProblems(c, source, roots));
  for (const c of result.configChanges) {
    if (!roots.has(c.root)) problems.push(`config change ${c.address} has root ${c.root}, which is not among the roots`);
  }
  return problems;
}

/** `diagnosticProblems` lists what is wrong with one diagnostic. */
export function diagnosticProblems(d: Diagnostic): string[] {
  const problems: string[] = [];
  if (!LEVELS.has(d.level)) problems.push(`diagnostic level ${String(d.level)}`);
  if (typeof d.file !== "string") problems.push("diagnostic without a file");
  if (typeof d.message !== "string" || d.message.trim() === "") problems.push(`diagnostic ${d.code ?? ""} without a message`);
  if (d.code !== undefined && INTERNAL_ERROR_CODES.has(d.code)) problems.push(`internal error (a bug): ${d.code}: ${d.message}`);
  for (const key of ["line", "column"] as const) {
    const at = d[key];
    if (at !== undefined && !(Number.isInteger(at) && at >= 1)) problems.push(`diagnostic ${key} ${String(at)} is not a 1-based position`);
  }
  return problems;
}

function changeProblems(c: ResourceChange, source: ChangeSource, roots: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  if (!ACTIONS.has(c.action)) problems.push(`change ${c.address} has action ${String(c.action)}`);
  if (c.source !== source) problems.push(`change ${c.address} has source ${c.source}, expected ${source}`);
  if (typeof c.address !== "string" || c.address === "") problems.push("change without an address");
  if (!roots.has(c.root)) problems.push(`change ${c.address} has root ${c.root}, which is not among the roots`);
  if (c.line !== undefined && !(Number.isInteger(c.line) && c.line >= 1)) problems.push(`change ${c.address} has line ${c.line}`);
  return problems;
}

/** `hasErrorDiagnostic` tells whether any diagnostic is an error. */
export function hasErrorDiagnostic(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.level === "error");
}

/**
 * `withoutRawValues` is what Airlock itself wrote into a result: everything but the raw attribute values
 * (`before`/`after`, their sensitivity and unknown trees, config change values), which hold secrets by design
 * and are only ever read through redacting helpers.
 */
export function withoutRawValues(result: IngestResult): unknown {
  return {
    changes: result.changes.map(({ before: _b, after: _a, beforeSensitive: _bs, afterSensitive: _as, afterUnknown: _au, ...rest }) => rest),
    configChanges: result.configChanges.map(({ before: _b, after: _a, ...rest }) => rest),
    diagnostics: result.diagnostics,
    roots: result.roots,
    graph: { dependents: [...result.graph.dependents], resources: [...result.graph.resources] },
  };
}

/** `failUnless` throws with every problem listed (fast-check prints the message with the counterexample). */
export function failUnless(problems: readonly string[], context = ""): void {
  if (problems.length > 0) throw new Error(`${context}${context ? ": " : ""}${problems.slice(0, 10).join("; ")}`);
}
