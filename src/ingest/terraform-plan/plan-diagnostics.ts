import { diagnostic } from "../../model/index.js";
import type { Diagnostic, DiagnosticLevel } from "../../model/index.js";
import type { LineColumn } from "../json/json-position.js";

/**
 * Collects the diagnostics of one plan, all naming the plan as their `file`.
 * `incomplete` turns true with the first error: an error means part of the plan could not be read,
 * so its root must not be taken as the whole story.
 */
export interface PlanDiagnostics {
  readonly file: string;
  readonly list: Diagnostic[];
  readonly incomplete: boolean;
  report(level: DiagnosticLevel, code: string, path: string | undefined, message: string, at?: LineColumn): void;
}

/** `createPlanDiagnostics` returns an empty collector for the plan named `file`. */
export function createPlanDiagnostics(file: string): PlanDiagnostics {
  const list: Diagnostic[] = [];
  let incomplete = false;
  return {
    file,
    list,
    get incomplete() {
      return incomplete;
    },
    report(level, code, path, message, at) {
      if (level === "error") incomplete = true;
      list.push(diagnostic({ level, file, message, code, path: path === "" ? undefined : path, line: at?.line, column: at?.column }));
    },
  };
}
