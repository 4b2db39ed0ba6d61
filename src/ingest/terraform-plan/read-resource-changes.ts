import type { ResourceChange } from "../../model/index.js";
import { readResourceChange } from "./read-resource-change.js";
import type { ChangeContext } from "./read-resource-change.js";

/**
 * `readResourceChanges` appends the changes of the plan list `ctx.list` (`resource_changes` or
 * `resource_drift`) to `out`. A missing list means nothing changes; a list that is not an array is an error.
 */
export function readResourceChanges(params: { list: unknown; ctx: ChangeContext; out: ResourceChange[] }): void {
  const { list, ctx, out } = params;
  const path = ctx.list;
  if (list === undefined || list === null) return;
  if (!Array.isArray(list)) {
    ctx.diagnostics.report("error", "plan.malformed", path, `${path} is not a list; none of its changes could be read`);
    return;
  }
  const rebuiltBefore = ctx.signals.rebuiltAddresses;
  for (let i = 0; i < list.length; i += 1) {
    const change = readResourceChange(list[i], i, ctx);
    if (change !== undefined) out.push(change);
  }
  const rebuilt = ctx.signals.rebuiltAddresses - rebuiltBefore;
  if (rebuilt > 0) {
    ctx.diagnostics.report("warning", "plan.address-rebuilt", path,
      `${rebuilt} ${path} entries have no address (as Terraform 1.0.0 wrote them); their addresses were rebuilt from module, type, name and index`);
  }
}
