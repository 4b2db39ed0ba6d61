import { diagnostic, type Diagnostic, type DiagnosticLevel } from "../../model/diagnostic.js";

/** One finding about a template, before it is turned into a Diagnostic. */
export interface CfnFinding {
  level: DiagnosticLevel;
  /** A stable code, always `cfn.*`. */
  code: string;
  /** The template (or assembly file) the finding is about. */
  file: string;
  message: string;
  path?: string;
  line?: number;
  column?: number;
}

/**
 * Collects the diagnostics of one stack (its template and its nested templates). `incomplete` turns true with
 * the first error: an error means part of the stack could not be read, so its root is not the whole story.
 */
export interface StackDiagnostics {
  readonly list: Diagnostic[];
  readonly incomplete: boolean;
  report(finding: CfnFinding): void;
}

/** `createStackDiagnostics` returns an empty collector. */
export function createStackDiagnostics(): StackDiagnostics {
  const list: Diagnostic[] = [];
  let incomplete = false;
  return {
    list,
    get incomplete() {
      return incomplete;
    },
    report(finding) {
      if (finding.level === "error") incomplete = true;
      list.push(diagnostic(finding));
    },
  };
}
