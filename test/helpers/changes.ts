import {
  addEdge,
  configAddressOf,
  emptyGraph,
  nodeId,
  type ConfigChange,
  type DependencyGraph,
  type Diagnostic,
  type ResourceChange,
  type RootInfo,
} from "../../src/model/index.js";

/**
 * Builders for ingest results: resource changes, configuration changes, roots, diagnostics and dependency
 * graphs. Defaults describe a certain, planned in-place update of an `aws_instance` in root `envs/prod`, so a
 * test states only what its case is about.
 */

export const ROOT = "envs/prod";

/**
 * `aChange` returns a ResourceChange. The address defaults to `<type>.this`, the node follows the address and
 * root, and `before`/`after` follow the action (`null` before a create, after a delete) unless given.
 */
export function aChange(overrides: Partial<ResourceChange> = {}): ResourceChange {
  const type = overrides.type ?? "aws_instance";
  const address = overrides.address ?? `${type}.this`;
  const root = overrides.root ?? ROOT;
  const action = overrides.action ?? "update";
  const source = overrides.source ?? "plan";
  return {
    address,
    type,
    action,
    source,
    certainty: source === "hcl" ? "likely" : "certain",
    reasons: [],
    mode: "managed",
    root,
    node: nodeId(root, configAddressOf(address)),
    before: action === "create" ? null : {},
    after: action === "delete" || action === "forget" ? null : {},
    ...overrides,
  };
}

/** `aReplace` returns a replace of the given type, destroy-first unless `order` says otherwise. */
export function aReplace(type: string, overrides: Partial<ResourceChange> = {}, order: "delete-first" | "create-first" = "delete-first"): ResourceChange {
  return aChange({ type, action: "replace", replacement: { order, paths: [], oldObject: "destroyed" }, ...overrides });
}

/** `aCloudFormationChange` returns a change of a CloudFormation resource; `before`/`after` are template resources `{Type, Properties, ...}`. */
export function aCloudFormationChange(overrides: Partial<ResourceChange> & { type: string }): ResourceChange {
  const logicalId = overrides.address ?? "Resource";
  return aChange({ source: "cloudformation", address: logicalId, root: "Stack", ...overrides });
}

/** `manyChanges` returns `n` changes built by `make(i)`, for volume tests. */
export function manyChanges(n: number, make: (i: number) => Partial<ResourceChange>): ResourceChange[] {
  return Array.from({ length: n }, (_, i) => aChange(make(i)));
}

/** `aConfigChange` returns a ConfigChange (a module source change of `module.app` by default). */
export function aConfigChange(overrides: Partial<ConfigChange> = {}): ConfigChange {
  return { kind: "module-source", address: "module.app", root: ROOT, source: "hcl", message: "module source changed", ...overrides };
}

/** `aRoot` returns a complete plan root named `envs/prod`. */
export function aRoot(overrides: Partial<RootInfo> = {}): RootInfo {
  return { name: ROOT, kind: "plan", complete: true, ...overrides };
}

/** `anError` returns an error diagnostic about `file`. */
export function anError(file: string, overrides: Partial<Diagnostic> = {}): Diagnostic {
  return { level: "error", file, message: "Unexpected token } in JSON at position 12", code: "plan.not-json", ...overrides };
}

/**
 * `aGraph` builds a dependency graph in one root from `[from, to]` pairs meaning "from references to"
 * (config addresses). Every address mentioned is a resource unless listed in `passThrough`.
 */
export function aGraph(edges: readonly (readonly [string, string])[], options: { root?: string; passThrough?: readonly string[] } = {}): DependencyGraph {
  const root = options.root ?? ROOT;
  const graph = emptyGraph();
  const passThrough = new Set(options.passThrough ?? []);
  for (const [from, to] of edges) {
    addEdge(graph, nodeId(root, from), nodeId(root, to));
    for (const address of [from, to]) if (!passThrough.has(address)) graph.resources.add(nodeId(root, address));
  }
  return graph;
}

/** `aFanOut` builds a graph where `count` resources (`aws_instance.dep_<i>`) reference `hub` directly. */
export function aFanOut(hub: string, count: number, root = ROOT): DependencyGraph {
  return aGraph(Array.from({ length: count }, (_, i) => [`aws_instance.dep_${i}`, hub] as const), { root });
}

/** `blastInput` returns the other parameters of `scoreBlastRadius` with empty defaults. */
export function blastInput(overrides: {
  changes?: ResourceChange[];
  configChanges?: ConfigChange[];
  graph?: DependencyGraph;
  diagnostics?: Diagnostic[];
  roots?: RootInfo[];
  environments?: { name: string; tier: "production" | "staging" | "sandbox" | "unknown" }[];
  tamperedFiles?: string[];
} = {}) {
  return {
    changes: overrides.changes ?? [],
    configChanges: overrides.configChanges ?? [],
    graph: overrides.graph ?? emptyGraph(),
    diagnostics: overrides.diagnostics ?? [],
    roots: overrides.roots ?? [aRoot()],
    environments: overrides.environments ?? [],
    tamperedFiles: overrides.tamperedFiles ?? [],
  };
}
