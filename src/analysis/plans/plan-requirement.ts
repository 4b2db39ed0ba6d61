import type { Tier } from "../../model/score.js";
import type { InfraKind } from "../../model/verdict.js";
import type { GateRequirement } from "../gate/decide-gate.js";
import { listPhrase, shortSha } from "./list-phrase.js";
import { planRequired, type PlanRequireConfig, type TouchedEnvironment } from "./plan-required.js";
import { coversRoot, normalizeRoot } from "./plan-roots.js";

/**
 * What CI produced for the PR head: `found` (trusted plans for the head SHA), `missing` (none yet),
 * `stale` (planned at another SHA), `failed-run` (the plan run for the head SHA failed) or `untrusted`
 * (not from the configured workflow, or from a PR that edits it: see `planTrust`).
 */
export type PlanState = "found" | "missing" | "stale" | "failed-run" | "untrusted";

/** The plans CI produced, as the GitHub edge found them. */
export interface PlanStatus {
  status: PlanState;
  /** Root directories the trusted plans cover (plan names, `envs/prod`). */
  plannedRoots: readonly string[];
  /** The commit the plans found were made at, when known. */
  headSha?: string;
  /** Why the plans are not trusted (`planTrust(...).reason`), for `untrusted`. */
  reason?: string;
}

/** Input of `planRequirement`. `headSha` is the PR head commit the plan must be made at. */
export interface PlanRequirementParams {
  config: PlanRequireConfig;
  tier: Tier;
  environments: readonly TouchedEnvironment[];
  infraKinds: readonly InfraKind[];
  plans: PlanStatus;
  /** Terraform root directories (or stacks) the PR changes. */
  changedRoots: readonly string[];
  headSha: string;
}

/** The id of the plan requirement in the gate's requirement list. */
export const PLAN_REQUIREMENT_ID = "plan";

/**
 * `planRequirement` returns an unmet `wait` requirement when the PR needs a plan (see `planRequired`) and has
 * no usable one: missing, stale, from a failed run, untrusted, or not covering every changed root. Its text
 * names the workflow, the short head SHA, the roots still to plan and why the plans found do not do, then why
 * a plan is required. A plan marked `found` but made at another SHA counts as stale (fail closed). Returns
 * null when no plan is required or the plans found satisfy the requirement.
 */
export function planRequirement(params: PlanRequirementParams): GateRequirement | null {
  const need = planRequired(params);
  if (!need.required) return null;
  const plans = effectiveStatus(params.plans, params.headSha);
  const changed = [...new Set(params.changedRoots.map(normalizeRoot))].sort();
  const waitingFor = plans.status === "found" ? changed.filter((root) => !plans.plannedRoots.some((p) => coversRoot(p, root))) : changed;
  if (plans.status === "found" && waitingFor.length === 0) return null;
  const covering = waitingFor.length > 0 ? ` covering ${listPhrase(waitingFor)}` : "";
  const wanted = `a plan from ${params.config.plans.workflow} for head SHA ${shortSha(params.headSha)}${covering}`;
  return {
    id: PLAN_REQUIREMENT_ID,
    met: false,
    kind: "wait",
    missing: `${wanted} (${cause(plans)}); a plan is required because ${need.why}`,
  };
}

function effectiveStatus(plans: PlanStatus, headSha: string): PlanStatus {
  const elsewhere = plans.headSha !== undefined && plans.headSha.toLowerCase() !== headSha.toLowerCase();
  return plans.status === "found" && elsewhere ? { ...plans, status: "stale" } : plans;
}

function cause(plans: PlanStatus): string {
  switch (plans.status) {
    case "missing":
      return "the run for this SHA has not finished, or uploaded no plan";
    case "stale":
      return plans.headSha === undefined ? "the plan found was made for an earlier commit" : `the plan found was made for ${shortSha(plans.headSha)}, not the head commit`;
    case "failed-run":
      return "the plan run for this SHA failed; fix it and re-run it";
    case "untrusted":
      return `the plan found is not trusted: ${plans.reason ?? "its origin could not be verified"}`;
    case "found": {
      const planned = [...new Set(plans.plannedRoots.map(normalizeRoot))].sort();
      return planned.length === 0 ? "the plans found cover none of the changed roots" : `the plans found cover only ${listPhrase(planned)}`;
    }
  }
}
