import { nodeId } from "../../model/dependency-graph.js";
import type { ResourceChange } from "../../model/resource-change.js";
import { changeReasons } from "./change-reasons.js";
import type { TemplateResource } from "./checked-template.js";
import { constructPathOf } from "./construct-path.js";
import { lookup } from "./json-value.js";
import { actionOf } from "./map-impact.js";
import { removalReason, replacementOf } from "./policy-reasons.js";
import type { ResourceOutcome } from "./resource-outcome.js";

/** Where the resources of one template are reported: stack (root), address prefix of nested stacks, file. */
export interface TemplateLevel {
  root: string;
  /** `""` for a stack's own template, `Nested/` (or `A/B/`) for a nested stack's. */
  prefix: string;
  file: string;
  baseLines?: Readonly<Record<string, number>>;
  headLines?: Readonly<Record<string, number>>;
  /** Construct paths by logical ID from the cloud assembly, for templates synthesized without path metadata. */
  constructPaths?: Readonly<Record<string, string>>;
}

/** A resource that is one side of a logical ID rename (see `detectRenames`). */
export interface RenameNote {
  from: string;
  to: string;
  side: "removed" | "added";
  /** Whether the removed resource is orphaned (DeletionPolicy Retain) rather than deleted. */
  orphaned: boolean;
}

/**
 * `buildResourceChange` turns the outcome of one resource into a ResourceChange, or undefined when nothing
 * changes. `before`/`after` are the raw template resources (`{Type, Properties, DeletionPolicy, ...}`), so
 * scoring reads policies and properties where CloudFormation has them. Reasons come in this order: the
 * rename, what the diff found (policy, forcing properties, propagation), then permission widening.
 */
export function buildResourceChange(params: {
  id: string;
  level: TemplateLevel;
  base: TemplateResource | undefined;
  head: TemplateResource | undefined;
  outcome: ResourceOutcome;
  rename?: RenameNote;
}): ResourceChange | undefined {
  const { id, level, base, head, outcome, rename } = params;
  const mapped = actionOf(outcome);
  const resource = head ?? base;
  if (mapped === undefined || resource === undefined) return undefined;
  const addressOf = (logicalId: string) => `${level.prefix}${logicalId}`;
  const address = addressOf(id);
  const reasons = rename === undefined ? [] : [renameReason(rename, addressOf)];
  const change: ResourceChange = {
    address,
    type: resource.type,
    action: mapped.action,
    source: "cloudformation",
    certainty: mapped.certainty,
    reasons,
    mode: "managed",
    root: level.root,
    node: nodeId(level.root, address),
    file: level.file,
    before: base?.value ?? null,
    after: head?.value ?? null,
  };
  const line = head !== undefined ? lookup(level.headLines, id) : lookup(level.baseLines, id);
  if (Number.isInteger(line) && (line ?? 0) > 0) change.line = line;
  const constructPath = constructPathOf(resource.value, lookup(level.constructPaths, id));
  if (constructPath !== undefined) change.constructPath = constructPath;
  if (outcome.failure === undefined && base !== undefined && (mapped.action === "delete" || mapped.action === "forget")) {
    reasons.push(removalReason(base, mapped.action === "forget"));
  } else if (mapped.action === "import") {
    reasons.push("imports an existing resource into the stack");
  } else if (mapped.action !== "create" || outcome.failure !== undefined) {
    reasons.push(...changeReasons({ outcome, base, head, addressOf }));
  }
  if (mapped.action === "replace" && base !== undefined) {
    const { replacement, reason } = replacementOf(base, forcingPaths(outcome));
    change.replacement = replacement;
    reasons.push(reason);
  }
  reasons.push(...outcome.security);
  return change;
}

function forcingPaths(outcome: ResourceOutcome): (string | number)[][] {
  const paths: (string | number)[][] = outcome.typeChange === undefined ? [] : [["Type"]];
  const props = [...outcome.replacing, ...outcome.mayReplace, ...(outcome.propagated?.props ?? [])];
  for (const prop of props) paths.push(["Properties", prop]);
  return paths;
}

function renameReason(rename: RenameNote, addressOf: (id: string) => string): string {
  const from = addressOf(rename.from);
  const to = addressOf(rename.to);
  if (rename.side === "added") {
    return `logical ID changed from ${from} to ${to}: this creates a new resource in place of ${from}, which CloudFormation ${rename.orphaned ? "orphans" : "deletes"}`;
  }
  return rename.orphaned
    ? `logical ID changed from ${from} to ${to}: CloudFormation orphans the old resource (its DeletionPolicy keeps it) and creates a new one; keep the old ID (overrideLogicalId) to avoid it`
    : `logical ID changed from ${from} to ${to}: CloudFormation deletes and recreates it; keep the old ID (overrideLogicalId) to avoid it`;
}
