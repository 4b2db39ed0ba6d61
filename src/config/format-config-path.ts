import type { PathSegment } from "./config-issue.js";
import { quoteText } from "./quote-text.js";

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/**
 * `formatConfigPath` writes a key path the way users read it: `approvals.byTier.high`,
 * `environments[0].paths[2]`, `scoring.weights["destroy.stateful"]`. The root is the empty string.
 */
export function formatConfigPath(path: readonly PathSegment[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${quoteText(segment)}]`;
  }
  return out;
}
