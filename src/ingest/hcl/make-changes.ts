import { configAddressOf, nodeId } from "../../model/dependency-graph.js";
import type { Attributes, ChangeAction, ChangeCertainty, ConfigChange, ConfigChangeKind, ResourceChange } from "../../model/resource-change.js";
import { findBlockLine } from "./find-block-lines.js";
import type { BlockEntry, BlockLocation, HclBody } from "./hcl-types.js";
import { addressText, sensitiveMask } from "./hcl-values.js";
import { readLifecycle } from "./read-lifecycle.js";
import { describeResourceAddress } from "./resource-address.js";

/** The reason every static-diff change carries, so a reviewer knows no plan confirmed it. */
export const STATIC_REASON = "static HCL diff (no plan)";

/** Meta-arguments: they steer Terraform and are reported through lifecycle and repetition, not as attributes. */
const META = new Set(["count", "for_each", "lifecycle", "depends_on", "provider", "provisioner", "connection"]);

/** `attributesOf` returns a block's arguments and nested blocks without its meta-arguments (nor `__proto__`, which no provider defines). */
export function attributesOf(body: HclBody): Attributes {
  const out: Attributes = {};
  for (const [key, value] of Object.entries(body)) if (!META.has(key) && key !== "__proto__") out[key] = value;
  return out;
}

/** `providerOf` returns the provider configuration a resource uses: its `provider` argument, else the type's prefix. */
export function providerOf(body: HclBody | undefined, type: string): string {
  const explicit = body === undefined ? undefined : addressText(body.provider);
  return explicit ?? type.split("_")[0] ?? type;
}

/** What one ResourceChange needs besides the entries of each side. */
export interface ResourceChangeSpec {
  root: string;
  address: string;
  action: ChangeAction;
  certainty: ChangeCertainty;
  reasons: string[];
  base?: BlockEntry;
  head?: BlockEntry;
  /** Where to point instead of the head (else base) block: a `moved`/`removed`/`import` block, or the head of a base-side change. */
  location?: BlockLocation;
  previousAddress?: string;
  importing?: { id?: string };
  replacement?: ResourceChange["replacement"];
}

/**
 * `makeResourceChange` builds a `source: "hcl"` ResourceChange: type and mode from the address, node from the
 * config address, file and line from `location`, else the head block, else the base block, attributes and
 * lifecycle of each side, and sensitivity masks for conventionally secret arguments. Appends STATIC_REASON.
 */
export function makeResourceChange(spec: ResourceChangeSpec): ResourceChange {
  const parts = describeResourceAddress(spec.address);
  const type = parts?.type ?? configAddressOf(spec.address);
  const where = spec.location ?? spec.head?.location ?? spec.base?.location;
  const change: ResourceChange = {
    address: spec.address,
    type,
    action: spec.action,
    source: "hcl",
    certainty: spec.certainty,
    reasons: [...spec.reasons, STATIC_REASON],
    mode: parts?.mode ?? "managed",
    root: spec.root,
    node: nodeId(spec.root, configAddressOf(spec.address)),
    provider: providerOf((spec.head ?? spec.base)?.body, type),
    before: spec.base === undefined ? null : attributesOf(spec.base.body),
    after: spec.head === undefined ? null : attributesOf(spec.head.body),
  };
  if (where !== undefined) {
    change.file = where.file.path;
    const line = findBlockLine(where);
    if (line !== undefined) change.line = line;
  }
  addOptional(change, spec);
  return change;
}

function addOptional(change: ResourceChange, spec: ResourceChangeSpec): void {
  if (spec.previousAddress !== undefined) change.previousAddress = spec.previousAddress;
  if (spec.importing !== undefined) change.importing = spec.importing;
  if (spec.replacement !== undefined) change.replacement = spec.replacement;
  const beforeMask = sensitiveMask(change.before);
  const afterMask = sensitiveMask(change.after);
  if (beforeMask !== undefined) change.beforeSensitive = beforeMask;
  if (afterMask !== undefined) change.afterSensitive = afterMask;
  if (change.mode === "managed" && (spec.base !== undefined || spec.head !== undefined)) {
    change.lifecycle = {};
    if (spec.base !== undefined) change.lifecycle.before = readLifecycle(spec.base.body);
    if (spec.head !== undefined) change.lifecycle.after = readLifecycle(spec.head.body);
  }
}

/** What one ConfigChange needs: `entry` gives file, line and node (the head block, else the base block). */
export interface ConfigChangeSpec {
  root: string;
  kind: ConfigChangeKind;
  address: string;
  message: string;
  entry?: BlockEntry;
  before?: unknown;
  after?: unknown;
  /** Config address of the graph node the change maps onto when it is not `address`; null when there is none. */
  node?: string | null;
}

/** `makeConfigChange` builds a `source: "hcl"` ConfigChange with the file, line and node of its block. */
export function makeConfigChange(spec: ConfigChangeSpec): ConfigChange {
  const change: ConfigChange = {
    kind: spec.kind,
    address: spec.address,
    root: spec.root,
    source: "hcl",
    message: spec.message,
  };
  if (spec.node !== null) change.node = nodeId(spec.root, spec.node ?? configAddressOf(spec.address));
  if (spec.entry !== undefined) {
    change.file = spec.entry.location.file.path;
    const line = findBlockLine(spec.entry.location);
    if (line !== undefined) change.line = line;
  }
  if (spec.before !== undefined) change.before = spec.before;
  if (spec.after !== undefined) change.after = spec.after;
  return change;
}
