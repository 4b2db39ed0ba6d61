import { ResourceImpact } from "@aws-cdk/cloudformation-diff";
import type { ChangeAction, ChangeCertainty } from "../../model/resource-change.js";
import type { ResourceOutcome } from "./resource-outcome.js";

/**
 * `actionOf` maps the diff library's impact to a change action: WILL_CREATE → create, WILL_UPDATE → update,
 * WILL_REPLACE → replace, MAY_REPLACE → replace (certainty `possible`), WILL_DESTROY → delete, WILL_ORPHAN →
 * forget (CloudFormation stops managing the resource, nothing is deleted), WILL_IMPORT → import. NO_CHANGE
 * gives undefined (nothing to report), unless properties the specification does not know changed: the
 * library gives those no impact, but CloudFormation still updates the resource. A resource the library failed
 * on keeps its presence-based guess, with certainty `possible`.
 */
export function actionOf(outcome: ResourceOutcome): { action: ChangeAction; certainty: ChangeCertainty } | undefined {
  const certainty: ChangeCertainty = outcome.failure === undefined ? "certain" : "possible";
  switch (outcome.impact) {
    case ResourceImpact.WILL_CREATE:
      return { action: "create", certainty };
    case ResourceImpact.WILL_UPDATE:
      return { action: "update", certainty };
    case ResourceImpact.WILL_REPLACE:
      return { action: "replace", certainty };
    case ResourceImpact.MAY_REPLACE:
      return { action: "replace", certainty: "possible" };
    case ResourceImpact.WILL_DESTROY:
      return { action: "delete", certainty };
    case ResourceImpact.WILL_ORPHAN:
      return { action: "forget", certainty };
    case ResourceImpact.WILL_IMPORT:
      return { action: "import", certainty };
    default:
      return outcome.unspecified.length > 0 ? { action: "update", certainty } : undefined;
  }
}
