import type { IngestResult, ResourceChange } from "../../../src/model/index.js";

/** `actionOf` renders a change's action, with its certainty when it is not certain: `replace (possible)`. */
export function actionOf(change: Pick<ResourceChange, "action" | "certainty">): string {
  return change.certainty === "certain" ? change.action : `${change.action} (${change.certainty})`;
}

/** `actionsByAddress` maps every change of a result to its action, for exact table comparisons. */
export function actionsByAddress(result: Pick<IngestResult, "changes">): Record<string, string> {
  return Object.fromEntries(result.changes.map((c) => [c.address, actionOf(c)]));
}

/** `changeAt` returns the change with an address, failing loudly when there is none. */
export function changeAt(result: Pick<IngestResult, "changes">, address: string): ResourceChange {
  const change = result.changes.find((c) => c.address === address);
  if (change === undefined) throw new Error(`no change at ${address}; changes: ${result.changes.map((c) => c.address).join(", ")}`);
  return change;
}
