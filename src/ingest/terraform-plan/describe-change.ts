import type { ChangeAction, Replacement } from "../../model/index.js";
import { describeActions } from "./map-actions.js";
import type { MappedActions } from "./map-actions.js";
import { isObject } from "./plan-json.js";
import type { JsonObject } from "./plan-json.js";
import { readReplacePaths } from "./read-replace-paths.js";

/** The meaning of one plan entry beyond its raw values: final action, reasons, replacement and import. */
export interface DescribedChange {
  action: ChangeAction;
  reasons: string[];
  replacement?: Replacement;
  importing?: { id?: string };
}

const FORGOTTEN_REPLACEMENT = "a new object is created and the old one is left unmanaged (forgotten, not destroyed)";
const FORGOTTEN = "the object is removed from the state and left unmanaged, not destroyed";
const DEPOSED = "deposed object left over from an earlier create_before_destroy replacement";
const ALSO_IMPORTS = "imports an existing object";

/**
 * `describeChange` settles what an entry does. A no-op that imports is an `import`; a no-op with a
 * `previous_address` is a `move` (an address change, never a destroy); any other action keeps its name and
 * the import or move is carried beside it. `action_reason` is kept verbatim (Terraform says the list grows),
 * and replacements name the attribute paths that forced them. Positional parameters: this runs once per
 * change of plans with many thousands.
 */
export function describeChange(entry: JsonObject, change: JsonObject, mapped: MappedActions): DescribedChange {
  const reasons: string[] = [];
  if (typeof entry.action_reason === "string" && entry.action_reason !== "") reasons.push(entry.action_reason);
  const described: DescribedChange = { action: mapped.action, reasons };

  if (mapped.replacement !== undefined) {
    const replace = readReplacePaths({
      replacePaths: change.replace_paths,
      beforeSensitive: change.before_sensitive,
      afterSensitive: change.after_sensitive,
    });
    if (replace.reason !== undefined) reasons.push(replace.reason);
    described.replacement = { order: mapped.replacement.order, paths: replace.paths, oldObject: mapped.replacement.oldObject };
  }
  if (mapped.action === "forget") reasons.push(mapped.replacement === undefined ? FORGOTTEN : FORGOTTEN_REPLACEMENT);
  if (mapped.guessed) {
    reasons.push(`unknown actions ${describeActions(change.actions as unknown[])} read as ${mapped.action} because they contain delete`);
  }
  if (typeof entry.deposed === "string") reasons.push(DEPOSED);

  if (isObject(change.importing)) {
    const id = change.importing.id;
    described.importing = typeof id === "string" ? { id } : {};
  }
  if (mapped.action === "no-op") {
    if (described.importing !== undefined) described.action = "import";
    else if (typeof entry.previous_address === "string" && entry.previous_address !== "") described.action = "move";
  } else if (described.importing !== undefined) {
    reasons.push(ALSO_IMPORTS);
  }
  return described;
}
