import type { Verdict } from "../model/verdict.js";

/** `renderJson` prints a Verdict as the `--format json` contract (DESIGN.md §4), two-space indented, newline-terminated. */
export function renderJson(verdict: Verdict): string {
  return `${JSON.stringify(verdict, null, 2)}\n`;
}
