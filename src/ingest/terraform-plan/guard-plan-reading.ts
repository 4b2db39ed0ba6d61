import { emptyGraph } from "../../model/index.js";
import type { IngestResult } from "../../model/index.js";
import { createPlanDiagnostics } from "./plan-diagnostics.js";
import type { PlanDiagnostics } from "./plan-diagnostics.js";

/** `unreadPlanResult` is the result for a plan none of whose changes could be read: incomplete, never empty-and-safe. */
export function unreadPlanResult(name: string, diagnostics: PlanDiagnostics): IngestResult {
  return {
    changes: [],
    configChanges: [],
    graph: emptyGraph(),
    diagnostics: diagnostics.list,
    roots: [{ name, kind: "plan", complete: false }],
  };
}

/**
 * `guardPlanReading` runs `read` and turns anything it throws into an incomplete result with a
 * `plan.internal-error` diagnostic, so a bug in the reader blocks the gate instead of crashing it.
 * Only the error's name is reported: a message could quote plan content.
 */
export function guardPlanReading(name: string, read: () => IngestResult): IngestResult {
  try {
    return read();
  } catch (error) {
    const diagnostics = createPlanDiagnostics(name);
    const kind = error instanceof Error ? error.name : typeof error;
    diagnostics.report("error", "plan.internal-error", undefined, `the plan could not be read (${kind} in the plan reader)`);
    return unreadPlanResult(name, diagnostics);
  }
}
