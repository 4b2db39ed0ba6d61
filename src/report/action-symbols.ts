import type { ChangeAction } from "../model/resource-change.js";

/** Order in which actions are listed: most destructive first. */
export const ACTION_ORDER: readonly ChangeAction[] = [
  "delete",
  "replace",
  "forget",
  "update",
  "create",
  "move",
  "import",
  "read",
  "no-op",
];

/** `actionRank` sorts actions most destructive first. */
export function actionRank(action: ChangeAction): number {
  const i = ACTION_ORDER.indexOf(action);
  return i === -1 ? ACTION_ORDER.length : i;
}

/** A short marker per action, the way reviewers know it from `terraform plan`. */
export const ACTION_MARKERS: Record<ChangeAction, string> = {
  delete: "-",
  replace: "-/+",
  forget: "~forget",
  update: "~",
  create: "+",
  move: "->",
  import: "<=import",
  read: "<=",
  "no-op": " ",
};
