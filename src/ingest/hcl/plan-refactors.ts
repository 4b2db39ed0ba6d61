import { configAddressOf } from "../../model/dependency-graph.js";
import type { Inventory, RefactorEntry } from "./hcl-types.js";
import { describeResourceAddress } from "./resource-address.js";

/** A `moved` block that takes effect in this change: `from` and `to` are config addresses of resources. */
export interface EffectiveMove {
  entry: RefactorEntry;
  from: string;
  to: string;
}

/** How the head's `moved`, `removed` and `import` blocks reinterpret added and removed resource blocks. */
export interface RefactorPlan {
  moves: EffectiveMove[];
  movedFrom: Set<string>;
  movedTo: Set<string>;
  /** Moved blocks that re-key instances of one resource (`aws_x.a` → `aws_x.a["k"]`), by config address. */
  rekeyed: Map<string, RefactorEntry[]>;
  /** `removed` blocks by the config address they remove. */
  removed: Map<string, RefactorEntry>;
  /** Addresses whose `removed` block is new in the head (an old one has already acted). */
  newlyRemoved: Set<string>;
  /** `import` blocks that are new in the head. */
  imports: RefactorEntry[];
  imported: Set<string>;
}

/**
 * `planRefactors` decides which head refactoring blocks act on this change. A `moved` block counts when its
 * source resource disappears from the configuration, or when the block itself is new and the source is not
 * declared in the head; a block kept from earlier changes does nothing. `removed` blocks are indexed by address;
 * `import` blocks count only when new in the head (old ones were applied already). Module moves are left to the
 * module diff.
 */
export function planRefactors(base: Inventory, head: Inventory): RefactorPlan {
  const plan: RefactorPlan = { moves: [], movedFrom: new Set(), movedTo: new Set(), rekeyed: new Map(), removed: new Map(), newlyRemoved: new Set(), imports: [], imported: new Set() };
  const baseMoves = new Set(base.moved.map((m) => m.key));
  for (const entry of head.moved) {
    if (entry.from === undefined || entry.to === undefined) continue;
    if (describeResourceAddress(entry.from) === undefined || describeResourceAddress(entry.to) === undefined) continue;
    const from = configAddressOf(entry.from);
    const to = configAddressOf(entry.to);
    if (from === to) {
      plan.rekeyed.set(from, [...(plan.rekeyed.get(from) ?? []), entry]);
      continue;
    }
    const takesEffect = !head.resources.has(from) && (base.resources.has(from) || !baseMoves.has(entry.key));
    if (!takesEffect) continue;
    plan.moves.push({ entry, from, to });
    plan.movedFrom.add(from);
    plan.movedTo.add(to);
  }
  const baseRemoved = new Set(base.removed.map((r) => r.key));
  for (const entry of head.removed) {
    if (entry.from === undefined || describeResourceAddress(entry.from) === undefined) continue;
    plan.removed.set(configAddressOf(entry.from), entry);
    if (!baseRemoved.has(entry.key)) plan.newlyRemoved.add(configAddressOf(entry.from));
  }
  const baseImports = new Set(base.imports.map((i) => i.key));
  for (const entry of head.imports) {
    if (entry.to === undefined || baseImports.has(entry.key)) continue;
    plan.imports.push(entry);
    plan.imported.add(configAddressOf(entry.to));
  }
  return plan;
}
