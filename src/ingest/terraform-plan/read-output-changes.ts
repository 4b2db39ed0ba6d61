import { nodeId } from "../../model/index.js";
import type { ChangeAction, ConfigChange } from "../../model/index.js";
import { describeActions, mapActions } from "./map-actions.js";
import type { PlanDiagnostics } from "./plan-diagnostics.js";
import { isObject, memberPath } from "./plan-json.js";

const VERBS: Partial<Record<ChangeAction, string>> = {
  create: "will be added",
  update: "will change",
  delete: "will be removed",
  replace: "will be replaced",
  forget: "will be forgotten",
};

/**
 * `readOutputChanges` turns the root `output_changes` that do something (not no-op) into ConfigChanges of
 * kind `output`: other stacks may read these outputs through remote state. Values are kept by reference
 * only when no part is sensitive, and messages never quote a value. Unreadable entries are errors.
 */
export function readOutputChanges(params: { outputs: unknown; root: string; diagnostics: PlanDiagnostics }): ConfigChange[] {
  const { outputs, root, diagnostics } = params;
  if (outputs === undefined || outputs === null) return [];
  if (!isObject(outputs)) {
    diagnostics.report("error", "plan.malformed", "output_changes", "output_changes is not an object; output changes could not be read");
    return [];
  }
  const result: ConfigChange[] = [];
  for (const name in outputs) {
    const path = memberPath("output_changes", name);
    const change = outputs[name];
    if (!isObject(change)) {
      diagnostics.report("error", "plan.malformed-change", path, `${path} is not an object; the output change is skipped`);
      continue;
    }
    const mapped = mapActions(change.actions);
    if (typeof mapped === "string") {
      diagnostics.report("error", mapped === "unknown" ? "plan.unknown-action" : "plan.malformed-change", `${path}.actions`,
        `output ${name}: actions ${Array.isArray(change.actions) ? describeActions(change.actions) : "are missing"} cannot be read; the output change is skipped`);
      continue;
    }
    if (mapped.action === "no-op") continue;
    result.push(outputChange({ name, change, action: mapped.action, root }));
  }
  return result;
}

function outputChange(params: { name: string; change: Record<string, unknown>; action: ChangeAction; root: string }): ConfigChange {
  const { name, change, action, root } = params;
  const address = `output.${name}`;
  const sensitive = hasSensitive(change.before_sensitive) || hasSensitive(change.after_sensitive);
  let message = `output ${name} ${VERBS[action] ?? action}`;
  if (sensitive) message += " (sensitive value not shown)";
  if (change.after_unknown === true) message += "; its new value is known only after apply";
  const result: ConfigChange = { kind: "output", address, root, source: "plan", message, node: nodeId(root, address) };
  if (!sensitive) {
    if (change.before !== undefined) result.before = change.before;
    if (change.after !== undefined) result.after = change.after;
  }
  return result;
}

function hasSensitive(marks: unknown, depth = 0): boolean {
  if (marks === true) return true;
  // Past this depth the tree is not worth walking: call it sensitive, which only hides values.
  if (depth > 32) return true;
  if (typeof marks !== "object" || marks === null) return false;
  for (const value of Object.values(marks)) if (hasSensitive(value, depth + 1)) return true;
  return false;
}
