import { jsonErrorOffset, lineColumnAt } from "../json/json-position.js";
import { locateJsonError } from "../json/locate-json-error.js";
import type { PlanDiagnostics } from "./plan-diagnostics.js";

/**
 * `decodePlanText` parses plan text with `JSON.parse` and returns `{ value }`, or reports why it could not
 * and returns undefined: `plan.empty`, `plan.truncated` (the text ends inside a value, as a cut-off upload
 * does), `plan.not-json` with the line and column of the first syntax error, or `plan.unreadable` when the
 * parser gives up for another reason. A leading byte-order mark is ignored. The parser's own message is
 * never repeated: V8 quotes a piece of the input in it, and a plan can hold secrets.
 */
export function decodePlanText(text: string, diagnostics: PlanDiagnostics): { value: unknown } | undefined {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    reportParseFailure(body, error, diagnostics);
    return undefined;
  }
  // The wrapper is built only now: one created before parsing would live through the parse's collections
  // into the old generation, and from there keep the whole parsed value alive in every young-generation
  // collection until the next full one, long after the caller has let the value go.
  return { value };
}

function reportParseFailure(body: string, error: unknown, diagnostics: PlanDiagnostics): void {
  if (body.trim() === "") {
    diagnostics.report("error", "plan.empty", undefined, "the plan is empty: expected the output of terraform show -json <planfile>");
    return;
  }
  if (!(error instanceof SyntaxError)) {
    diagnostics.report("error", "plan.unreadable", undefined, "the plan could not be parsed as JSON (it may be too large or too deeply nested)");
    return;
  }
  const located = locateJsonError(body);
  const offset = jsonErrorOffset(error.message) ?? located?.offset;
  const where = offset === undefined ? undefined : lineColumnAt(body, offset);
  const at = where === undefined ? "" : ` at line ${where.line}, column ${where.column}`;
  const truncated = located?.truncated ?? false;
  const code = truncated ? "plan.truncated" : "plan.not-json";
  const message = truncated
    ? `the plan JSON ends early${at}: the file looks cut off (an incomplete upload or download?)`
    : `the plan is not valid JSON: syntax error${at}`;
  diagnostics.report("error", code, undefined, message, where);
}
