import { nodeId } from "../../model/index.js";
import type { DependencyGraph } from "../../model/index.js";
import { configResourceAddress, MAX_MODULE_DEPTH, readConfigModule } from "./read-config-module.js";
import { isObject } from "./plan-json.js";
import type { JsonObject } from "./plan-json.js";

/**
 * A graph node as a reference can reach it. `wholeModule` marks a module call reached by a bare
 * `module.x`, which Terraform also lists as a prefix of every `module.x.output` reference; `call` is set
 * on module call nodes, to the module they instantiate.
 */
export interface NodeRef {
  readonly id: string;
  readonly wholeModule: boolean;
  readonly call?: ModuleScope;
}

/**
 * One module of the configuration tree, with its nodes keyed as references inside it name them
 * (module-relative), so resolving a reference never builds a module-qualified string:
 * `local` holds resources (`aws_instance.web`, `data.x.y`) and this module's inputs (`var.x`);
 * `outputs` its outputs by name; `calls` its child modules by call name. `callRef` describes the
 * `module_calls` entry that instantiates it in `parent`; `members` the ids directly inside it.
 * A scope holds no part of the configuration itself, so the graph does not keep the parsed plan alive.
 * Every field is set when the scope is created (`newScope`), so all scopes share one shape.
 */
export interface ModuleScope {
  /** `nodeId(root, "module.app.")`: the id of a node inside is this plus its module-relative address. */
  idPrefix: string;
  local: Map<string, NodeRef>;
  outputs: Map<string, NodeRef>;
  calls: Map<string, ModuleScope>;
  members: string[];
  /** What every resource inside depends on through enclosing calls' `count`/`for_each`/`depends_on`; set by wiring. */
  inherited: readonly string[] | undefined;
  /** Set by wiring when something references this module's call node. */
  referenced: boolean;
  parent: ModuleScope | undefined;
  callRef: NodeRef | undefined;
  /** The call node when reached through a named output this module does not declare. */
  callFallbackRef: NodeRef | undefined;
}

/** Something whose references become edges: `value` holds them, resolved in `scope`, from node `id`. */
export interface WiringJob {
  id: string;
  value: unknown;
  scope: ModuleScope;
}

/**
 * The module tree with every node registered (`modules[0]` is the root), and the work left to wire edges.
 * `calls` holds the `module_calls` entry of each module scope that has one (its meta-arguments are wired).
 */
export interface RegisteredConfig {
  modules: ModuleScope[];
  calls: Map<ModuleScope, JsonObject>;
  resources: WiringJob[];
  outputs: WiringJob[];
  /** Module inputs `module.m.var.x`: `value` is the call argument's expression, resolved in the caller. */
  inputs: WiringJob[];
}

/**
 * `registerConfigNodes` walks a `configuration.root_module` once, registering every node (and resources
 * and data sources in `graph.resources`). Node addresses: resources `module.app.aws_instance.web`, data
 * sources `module.app.data.x.y`, outputs `module.app.output.endpoint` (root: `output.endpoint`), module
 * calls `module.app.module.monitor` and their inputs `module.app.module.monitor.var.target`.
 * Modules nested past MAX_MODULE_DEPTH are left out.
 */
export function registerConfigNodes(params: { rootModule: JsonObject; root: string; graph: DependencyGraph }): RegisteredConfig {
  const { rootModule, root, graph } = params;
  const registered: RegisteredConfig = { modules: [], calls: new Map(), resources: [], outputs: [], inputs: [] };
  const rootScope = newScope(nodeId(root, ""));
  registered.modules.push(rootScope);
  registerModule({ value: rootModule, scope: rootScope, depth: 0, graph, registered });
  return registered;
}

function registerModule(params: {
  value: unknown;
  scope: ModuleScope;
  depth: number;
  graph: DependencyGraph;
  registered: RegisteredConfig;
}): void {
  const { value, scope, depth, graph, registered } = params;
  const module = readConfigModule(value);
  // Indexed: this loop runs once per resource of configurations with many thousands.
  for (let i = 0; i < module.resources.length; i += 1) {
    const resource = module.resources[i];
    const address = configResourceAddress(resource);
    if (address === undefined || !isObject(resource)) continue;
    const id = scope.idPrefix + address;
    scope.local.set(address, { id, wholeModule: false });
    graph.resources.add(id);
    scope.members.push(id);
    registered.resources.push({ id, value: resource, scope });
  }
  for (const name in module.outputs) {
    const id = `${scope.idPrefix}output.${name}`;
    scope.outputs.set(name, { id, wholeModule: false });
    scope.members.push(id);
    registered.outputs.push({ id, value: module.outputs[name], scope });
  }
  if (depth >= MAX_MODULE_DEPTH) return;
  for (const name in module.moduleCalls) {
    const call = module.moduleCalls[name];
    const callId = `${scope.idPrefix}module.${name}`;
    scope.members.push(callId);
    const child = newScope(`${callId}.`);
    child.parent = scope;
    child.callRef = { id: callId, wholeModule: true, call: child };
    child.callFallbackRef = { id: callId, wholeModule: false, call: child };
    scope.calls.set(name, child);
    registered.modules.push(child);
    if (!isObject(call)) continue;
    registered.calls.set(child, call);
    const expressions = isObject(call.expressions) ? call.expressions : {};
    const input = (variable: string): string => {
      let ref = child.local.get(`var.${variable}`);
      if (ref === undefined) {
        ref = { id: `${callId}.var.${variable}`, wholeModule: false };
        child.local.set(`var.${variable}`, ref);
      }
      return ref.id;
    };
    for (const variable in expressions) registered.inputs.push({ id: input(variable), value: expressions[variable], scope });
    for (const variable in readConfigModule(call.module).variables) input(variable);
    registerModule({ value: call.module, scope: child, depth: depth + 1, graph, registered });
  }
}

function newScope(idPrefix: string): ModuleScope {
  return {
    idPrefix,
    local: new Map(),
    outputs: new Map(),
    calls: new Map(),
    members: [],
    inherited: undefined,
    referenced: false,
    parent: undefined,
    callRef: undefined,
    callFallbackRef: undefined,
  };
}
