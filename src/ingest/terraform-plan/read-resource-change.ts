import type { ResourceChange } from "../../model/index.js";
import { describeChange } from "./describe-change.js";
import { instanceAddress } from "./instance-address.js";
import { describeActions, mapActions } from "./map-actions.js";
import type { MappedActions } from "./map-actions.js";
import type { PlanDiagnostics } from "./plan-diagnostics.js";
import { indexPath, isObject, objectOrNull, stringOrUndefined } from "./plan-json.js";
import type { JsonObject } from "./plan-json.js";

/**
 * What reading one plan entry needs: the root it belongs to, the node id of an instance (shared with
 * the dependency graph), the list it is read from (drift or planned changes), and where to report.
 */
export interface ChangeContext {
  root: string;
  nodeOf(address: string, moduleAddress: string | undefined): string;
  list: "resource_changes" | "resource_drift";
  diagnostics: PlanDiagnostics;
  /**
   * `openTofu` is set when an entry shows something only OpenTofu writes (`["forget","create"]`, its own
   * reasons); `rebuiltAddresses` counts drift entries whose missing address was rebuilt.
   */
  signals: { openTofu: boolean; rebuiltAddresses: number };
}

const OPENTOFU_REASONS = new Set([
  "delete_because_enabled_false",
  "forgot_because_lifecycle_destroy_in_state",
  "forgot_because_lifecycle_destroy_in_config",
]);

/**
 * `readResourceChange` turns entry `index` of `ctx.list` (`resource_changes` or `resource_drift`)
 * into a ResourceChange, keeping `before`/`after` and their `*_sensitive`/`after_unknown` trees by reference.
 * A malformed entry, or one whose actions have no known meaning, is reported as an error and skipped
 * (returns undefined): a change that cannot be understood must leave the plan incomplete, not look safe.
 * Drift alone may lack `address` (Terraform 1.0.0 left it out); it is rebuilt from the entry's parts.
 * JSON paths are only built for diagnostics: this runs once per change of plans with many thousands.
 */
export function readResourceChange(entry: unknown, index: number, ctx: ChangeContext): ResourceChange | undefined {
  const { diagnostics } = ctx;
  if (!isObject(entry)) return skip(ctx, index, "", "is not an object");
  const address = stringOrUndefined(entry.address) ?? rebuildDriftAddress(entry, ctx);
  if (address === undefined) return skip(ctx, index, ".address", "is missing or not a string");
  const type = stringOrUndefined(entry.type);
  if (type === undefined) return skip(ctx, index, ".type", `of ${address} is missing or not a string`);
  const change = entry.change;
  if (!isObject(change)) return skip(ctx, index, ".change", `of ${address} is missing or not an object`);

  const mapped = mapActions(change.actions);
  if (mapped === "malformed") {
    return skip(ctx, index, ".change.actions", `of ${address} is not a non-empty list of action names`);
  }
  if (mapped === "unknown") {
    const actions = describeActions(change.actions as unknown[]);
    diagnostics.report("error", "plan.unknown-action", `${indexPath(ctx.list, index)}.change.actions`,
      `${address}: actions ${actions} are not known, so what happens to it is unknown; the change is skipped and the plan is incomplete`);
    return undefined;
  }
  if (mapped.guessed) {
    const actions = describeActions(change.actions as unknown[]);
    diagnostics.report("warning", "plan.unknown-action", `${indexPath(ctx.list, index)}.change.actions`,
      `${address}: actions ${actions} are not known but contain delete, so they are read as ${mapped.action}`);
  }
  noteOpenTofu(entry, mapped, ctx);
  return buildChange(entry, change, address, type, mapped, ctx);
}

/**
 * Builds the ResourceChange of a checked entry. Positional parameters, and the members every plan entry
 * has (provider and the sensitivity and unknown trees) in the object literal rather than added afterwards:
 * this runs once per change of plans with many thousands, much of it before the JIT has optimised anything.
 */
function buildChange(entry: JsonObject, change: JsonObject, address: string, type: string, mapped: MappedActions, ctx: ChangeContext): ResourceChange {
  const described = describeChange(entry, change, mapped);
  const result: ResourceChange = {
    address,
    type,
    action: described.action,
    source: "plan",
    certainty: mapped.guessed ? "likely" : "certain",
    reasons: described.reasons,
    mode: entry.mode === "data" ? "data" : "managed",
    root: ctx.root,
    node: ctx.nodeOf(address, stringOrUndefined(entry.module_address)),
    before: objectOrNull(change.before),
    after: objectOrNull(change.after),
    provider: stringOrUndefined(entry.provider_name),
    beforeSensitive: change.before_sensitive,
    afterSensitive: change.after_sensitive,
    afterUnknown: change.after_unknown,
  };
  const previousAddress = stringOrUndefined(entry.previous_address);
  if (previousAddress !== undefined) result.previousAddress = previousAddress;
  if (described.importing !== undefined) result.importing = described.importing;
  if (described.replacement !== undefined) result.replacement = described.replacement;
  const deposed = stringOrUndefined(entry.deposed);
  if (deposed !== undefined) result.deposed = deposed;
  if (ctx.list === "resource_drift") result.drift = true;
  return result;
}

function rebuildDriftAddress(entry: JsonObject, ctx: ChangeContext): string | undefined {
  if (ctx.list !== "resource_drift" || entry.address !== undefined) return undefined;
  const address = instanceAddress(entry);
  if (address !== undefined) ctx.signals.rebuiltAddresses += 1;
  return address;
}

function noteOpenTofu(entry: JsonObject, mapped: MappedActions, ctx: ChangeContext): void {
  const forgetFirst = mapped.replacement?.oldObject === "forgotten" && mapped.replacement.order === "delete-first";
  if (forgetFirst || (typeof entry.action_reason === "string" && OPENTOFU_REASONS.has(entry.action_reason))) {
    ctx.signals.openTofu = true;
  }
}

function skip(ctx: ChangeContext, index: number, member: string, problem: string): undefined {
  const path = `${indexPath(ctx.list, index)}${member}`;
  ctx.diagnostics.report("error", "plan.malformed-change", path,
    `${path} ${problem}; the entry is skipped and the plan is incomplete`);
  return undefined;
}
