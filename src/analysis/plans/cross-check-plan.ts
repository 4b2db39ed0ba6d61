import { configAddressOf } from "../../model/dependency-graph.js";
import type { ResourceChange } from "../../model/resource-change.js";
import { addressLookup, indexPlans, type PlanIndex } from "./plan-index.js";
import { coveringRoot, normalizeRoot } from "./plan-roots.js";

/** One disagreement between a plan and the static diff of the same code. */
export interface PlanFinding {
  /** The HCL address concerned (the old address of a move), relative to `root`. */
  address: string;
  /** The HCL root directory the address belongs to. */
  root: string;
  /** `blocking` findings keep the gate closed; `warning`s are shown only. */
  severity: "blocking" | "warning";
  message: string;
}

/** The outcome of `crossCheckPlan`: findings, blocking ones first, and whether any blocks. */
export interface PlanCrossCheck {
  findings: PlanFinding[];
  blocking: boolean;
}

const OTHER_CHANGES = new Set<ResourceChange["action"]>(["create", "update", "replace", "import"]);

/**
 * `crossCheckPlan` checks that a plan shows at least the destruction its code implies. For each managed
 * resource the HCL diff takes away under a planned root (the most specific of `planRoots` containing the
 * HCL directory) — a `delete` or `forget` of its address, or any change with a `previousAddress` (a move) —
 * the plan of that root must delete, forget or move it: a plan change whose configuration address (instance
 * keys stripped) is deleted or forgotten, or whose `previousAddress` is that address; see `addressLookup` for
 * how HCL addresses map onto plan addresses. A miss is `blocking` (the plan may be stale or forged), except
 * for removals the static diff marks `possible` (a `removed` block for an address it cannot see, a count it
 * cannot evaluate), which may legitimately be absent from the state: those are warnings. HCL creates,
 * updates, replaces and imports the plan does not mention at all are warnings too (for_each expansion,
 * unknown values and provider decisions make plans differ). Drift and data sources are ignored.
 */
export function crossCheckPlan(params: { hclChanges: readonly ResourceChange[]; planChanges: readonly ResourceChange[]; planRoots: readonly string[] }): PlanCrossCheck {
  const plans = indexPlans(params.planChanges);
  const empty: PlanIndex = { removed: new Set(), movedFrom: new Set(), mentioned: new Set() };
  const findings = new Map<string, PlanFinding>();
  for (const change of params.hclChanges) {
    if (change.mode === "data" || change.drift) continue;
    const planned = coveringRoot(params.planRoots, change.root);
    if (planned === undefined) continue;
    const finding = check(change, planned, plans.get(planned) ?? empty);
    if (finding !== undefined) findings.set(`${finding.root}#${finding.address}#${finding.message}`, finding);
  }
  const sorted = [...findings.values()].sort(bySeverityThenAddress);
  return { findings: sorted, blocking: sorted.some((f) => f.severity === "blocking") };
}

function check(change: ResourceChange, planned: string, plan: PlanIndex): PlanFinding | undefined {
  const root = normalizeRoot(change.root);
  const lookup = addressLookup(root, planned);
  const where = root === planned ? "" : ` (in ${root})`;
  const moved = change.previousAddress !== undefined && change.previousAddress !== "";
  if (moved || change.action === "delete" || change.action === "forget") {
    const gone = moved ? (change.previousAddress as string) : change.address;
    const config = configAddressOf(gone);
    if (lookup(plan.removed, config) || lookup(plan.movedFrom, config)) return undefined;
    const what = moved ? `moves ${gone} to ${change.address}` : `removes ${gone}`;
    const missing = `the plan for ${planned} does not delete, forget or move it`;
    if (change.certainty === "possible") {
      return finding(gone, root, "warning", `the HCL diff may remove ${gone}${where} but ${missing}: check that the object is no longer in the state`);
    }
    return finding(gone, root, "blocking", `the HCL diff ${what}${where} but ${missing}: the plan may be stale or forged`);
  }
  if (!OTHER_CHANGES.has(change.action) || lookup(plan.mentioned, configAddressOf(change.address))) return undefined;
  const verb = { create: "creates", update: "updates", replace: "replaces", import: "imports" }[change.action as "create" | "update" | "replace" | "import"];
  return finding(change.address, root, "warning",
    `the HCL diff ${verb} ${change.address}${where} but the plan for ${planned} does not mention it: plans can differ (for_each expansion, unknown values), so check the plan ran on this code`);
}

function finding(address: string, root: string, severity: PlanFinding["severity"], message: string): PlanFinding {
  return { address, root, severity, message };
}

function bySeverityThenAddress(a: PlanFinding, b: PlanFinding): number {
  if (a.severity !== b.severity) return a.severity === "blocking" ? -1 : 1;
  return compare(a.root, b.root) || compare(a.address, b.address);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
