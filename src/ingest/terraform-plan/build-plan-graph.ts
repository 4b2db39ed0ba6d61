import { emptyGraph, nodeId } from "../../model/index.js";
import type { DependencyGraph } from "../../model/index.js";
import { configAddress } from "./config-address.js";
import { createScopeFinder } from "./create-scope-finder.js";
import type { PlanDiagnostics } from "./plan-diagnostics.js";
import { isObject } from "./plan-json.js";
import { registerConfigNodes } from "./register-config-nodes.js";
import type { ModuleScope } from "./register-config-nodes.js";
import { wireConfigEdges } from "./wire-config-edges.js";

/**
 * A plan's dependency graph, and `nodeOf`, which gives the node id of a resource instance from its
 * `address` and `module_address`: always `nodeId(root, configAddressOf(address))`, shared with the
 * graph's node when the configuration declares the resource, and added to `graph.resources` when it does
 * not (a deleted resource is no longer there). It runs once per change, so it takes plain arguments.
 */
export interface PlanGraph {
  graph: DependencyGraph;
  nodeOf(address: string, moduleAddress: string | undefined): string;
}

/**
 * `buildPlanGraph` builds the dependency graph of a plan's `configuration`, with node ids
 * `nodeId(root, configAddress)` so that each ResourceChange's `node` finds its dependents.
 * Every node is registered over the whole module tree before any edge is wired, because references
 * point anywhere (a resource may read an output of a module declared after it). `local.*` references lead
 * nowhere: plans do not serialize locals. A malformed configuration gives an empty graph with a warning,
 * since the changes themselves are still known.
 */
export function buildPlanGraph(params: { root: string; configuration: unknown; diagnostics: PlanDiagnostics }): PlanGraph {
  const { root, configuration, diagnostics } = params;
  const graph = emptyGraph();
  const rootModule = isObject(configuration) ? configuration.root_module : undefined;
  let rootScope: ModuleScope | undefined;
  if (isObject(rootModule)) {
    const registered = registerConfigNodes({ rootModule, root, graph });
    wireConfigEdges({ registered, graph });
    rootScope = registered.modules[0];
  } else if (configuration !== undefined && configuration !== null && (!isObject(configuration) || rootModule !== undefined)) {
    diagnostics.report("warning", "plan.malformed-configuration", "configuration.root_module",
      "configuration.root_module is not an object, so dependents of the changes cannot be found");
  }
  const scopeOf = createScopeFinder(rootScope);
  const unconfigured = new Map<string, string>();
  const nodeOf: PlanGraph["nodeOf"] = (address, moduleAddress) => {
    const scope = moduleAddress === undefined ? rootScope : scopeOf(moduleAddress);
    const relative = moduleAddress === undefined ? address : relativeAddress(address, moduleAddress);
    const known = scope === undefined || relative === undefined ? undefined : scope.local.get(configAddress(relative));
    if (known !== undefined) return known.id;
    const configAddr = configAddress(address);
    let id = unconfigured.get(configAddr);
    if (id === undefined) {
      id = nodeId(root, configAddr);
      unconfigured.set(configAddr, id);
      graph.resources.add(id);
    }
    return id;
  };
  return { graph, nodeOf };
}

/** The address inside its module (`aws_instance.web[0]`), or undefined when `address` is not inside `moduleAddress`. */
function relativeAddress(address: string, moduleAddress: string): string | undefined {
  const inside = address.length > moduleAddress.length + 1 && address.startsWith(moduleAddress) && address[moduleAddress.length] === ".";
  return inside ? address.slice(moduleAddress.length + 1) : undefined;
}
