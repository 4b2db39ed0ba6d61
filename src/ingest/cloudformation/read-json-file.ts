import { CFN_LIMITS } from "./cfn-limits.js";
import type { CfnFinding } from "./stack-diagnostics.js";

/**
 * `readJsonFile` parses one file of a cloud assembly, or returns undefined: silently when the file is not in
 * the map (the caller knows whether that matters), with an error when it is too large or not JSON.
 */
export function readJsonFile(files: ReadonlyMap<string, string>, path: string, report: (finding: CfnFinding) => void): unknown {
  const text = files.get(path);
  if (typeof text !== "string") return undefined;
  if (text.length > CFN_LIMITS.maxTextLength) {
    report({ level: "error", code: "cfn.too-large", file: path, message: `the file is larger than ${CFN_LIMITS.maxTextLength} characters: it is not read` });
    return undefined;
  }
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
  } catch {
    report({ level: "error", code: "cfn.not-json", file: path, message: "the file is not valid JSON" });
    return undefined;
  }
}
