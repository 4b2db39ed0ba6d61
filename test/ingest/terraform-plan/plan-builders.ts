import type { IngestResult, ResourceChange } from "../../../src/model/index.js";

/**
 * A minimal valid plan around the given resource changes; `extra` adds or overrides top-level keys, and
 * removes them when `undefined` (as JSON has no undefined members).
 */
export function aPlan(resourceChanges: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  const plan: Record<string, unknown> = {
    format_version: "1.2",
    terraform_version: "1.11.4",
    planned_values: { root_module: {} },
    resource_changes: resourceChanges,
    configuration: { root_module: {} },
    applyable: true,
    complete: true,
    errored: false,
    ...extra,
  };
  for (const key of Object.keys(plan)) if (plan[key] === undefined) delete plan[key];
  return plan;
}

/** A `resource_changes[]` entry for `address` (root module, managed) with the given actions. */
export function aChange(address: string, actions: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const { change, ...rest } = extra;
  const [type = "x", name = "y"] = address.replace(/^data\./, "").split(".");
  return {
    address,
    mode: address.startsWith("data.") ? "data" : "managed",
    type,
    name: name.replace(/\[.*$/, ""),
    provider_name: "registry.terraform.io/hashicorp/aws",
    change: { actions, before: null, after: null, after_unknown: {}, before_sensitive: false, after_sensitive: false, ...(change as object) },
    ...rest,
  };
}

/** `byAddress` indexes changes by address (the last one wins when an address has a deposed object too). */
export function byAddress(result: IngestResult): Map<string, ResourceChange> {
  return new Map(result.changes.map((c) => [c.address, c]));
}

/** `actionsOf` maps each address to its action, deposed objects as `address (deposed key)`. */
export function actionsOf(result: IngestResult): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of result.changes) out[c.deposed === undefined ? c.address : `${c.address} (deposed ${c.deposed})`] = c.action;
  return out;
}

/**
 * `withoutValues` is the result with every raw value removed (change `before`/`after`, their sensitivity
 * and unknown trees, config change values): what is left is what Airlock itself wrote.
 */
export function withoutValues(result: IngestResult): unknown {
  return {
    ...result,
    changes: result.changes.map(({ before: _b, after: _a, beforeSensitive: _bs, afterSensitive: _as, afterUnknown: _au, ...rest }) => rest),
    configChanges: result.configChanges.map(({ before: _b, after: _a, ...rest }) => rest),
    graph: { dependents: [...result.graph.dependents], resources: [...result.graph.resources] },
  };
}

/** `codes` lists the diagnostic codes of a result, in order. */
export function codes(result: IngestResult): (string | undefined)[] {
  return result.diagnostics.map((d) => d.code);
}
