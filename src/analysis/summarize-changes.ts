import type { ConfigChange, ResourceChange } from "../model/resource-change.js";
import type { ChangeSummary, ConfigChangeSummary } from "../model/verdict.js";

/**
 * `summarizeChange` projects a ResourceChange onto its public summary: the fields a verdict may show.
 * Attribute values are left out on purpose: they can hold secrets.
 */
export function summarizeChange(change: ResourceChange): ChangeSummary {
  const out: ChangeSummary = {
    address: change.address,
    type: change.type,
    action: change.action,
    source: change.source,
    reasons: change.reasons,
    certainty: change.certainty,
    root: change.root,
  };
  if (change.previousAddress !== undefined) out.previousAddress = change.previousAddress;
  if (change.constructPath !== undefined) out.constructPath = change.constructPath;
  if (change.file !== undefined) out.file = change.file;
  if (change.line !== undefined) out.line = change.line;
  if (change.drift) out.drift = true;
  return out;
}

/** `summarizeConfigChange` projects a ConfigChange onto its public summary (no before/after values). */
export function summarizeConfigChange(change: ConfigChange): ConfigChangeSummary {
  const out: ConfigChangeSummary = { kind: change.kind, address: change.address, root: change.root, message: change.message };
  if (change.file !== undefined) out.file = change.file;
  if (change.line !== undefined) out.line = change.line;
  return out;
}
