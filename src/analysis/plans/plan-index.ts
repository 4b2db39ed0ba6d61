import { configAddressOf } from "../../model/dependency-graph.js";
import type { ResourceChange } from "../../model/resource-change.js";
import { normalizeRoot } from "./plan-roots.js";

/** What one plan says, by configuration address (instance keys stripped). */
export interface PlanIndex {
  /** Addresses the plan deletes or forgets (plain, or as the old object of a replacement). */
  removed: Set<string>;
  /** Previous addresses of objects the plan moves (with or without other changes). */
  movedFrom: Set<string>;
  /** Every address (current or previous) the plan mentions, no-ops included. */
  mentioned: Set<string>;
}

/**
 * `indexPlans` groups planned changes by normalized root (the plan name) and indexes each root's changes by
 * configuration address. Drift entries are left out: they are what changed outside Terraform, not what the
 * plan will do.
 */
export function indexPlans(changes: readonly ResourceChange[]): Map<string, PlanIndex> {
  const byRoot = new Map<string, PlanIndex>();
  for (const change of changes) {
    if (change.drift) continue;
    const root = normalizeRoot(change.root);
    let index = byRoot.get(root);
    if (index === undefined) byRoot.set(root, (index = { removed: new Set(), movedFrom: new Set(), mentioned: new Set() }));
    const address = configAddressOf(change.address);
    index.mentioned.add(address);
    if (change.action === "delete" || change.action === "forget") index.removed.add(address);
    if (change.previousAddress !== undefined && change.previousAddress !== "") {
      const previous = configAddressOf(change.previousAddress);
      index.movedFrom.add(previous);
      index.mentioned.add(previous);
    }
  }
  return byRoot;
}

/** Tells whether a set of plan addresses holds one that stands for an HCL address. */
export type AddressLookup = (planAddresses: ReadonlySet<string>, hclAddress: string) => boolean;

/**
 * `addressLookup` compares static-diff addresses with plan addresses. Plan addresses are relative to the
 * plan's root module (the plan name is the root directory); HCL addresses are relative to the directory of
 * their file. When the HCL directory is the planned root itself, the configuration addresses must be equal.
 * When it is a directory below the planned root, it is a local module the root calls through a module path
 * the file paths do not reveal, so a plan address matches when it is the HCL address behind a chain of one or
 * more `module.<name>` steps (`module.db.aws_db_instance.main` for `aws_db_instance.main` in `envs/prod/db`).
 */
export function addressLookup(hclRoot: string, plannedRoot: string): AddressLookup {
  if (normalizeRoot(hclRoot) === plannedRoot) return (planAddresses, hclAddress) => planAddresses.has(hclAddress);
  return (planAddresses, hclAddress) => {
    const suffix = `.${hclAddress}`;
    for (const address of planAddresses) {
      if (address.endsWith(suffix) && isModuleChain(address.slice(0, address.length - suffix.length))) return true;
    }
    return false;
  };
}

function isModuleChain(prefix: string): boolean {
  const parts = prefix.split(".");
  if (parts.length % 2 !== 0) return false;
  for (let k = 0; k < parts.length; k += 2) if (parts[k] !== "module" || parts[k + 1] === "") return false;
  return true;
}
