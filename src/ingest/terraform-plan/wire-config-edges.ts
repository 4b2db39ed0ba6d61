import { addEdge } from "../../model/index.js";
import type { DependencyGraph } from "../../model/index.js";
import { forEachReferenceList } from "./for-each-reference-list.js";
import { isObject } from "./plan-json.js";
import type { JsonObject } from "./plan-json.js";
import type { ModuleScope, RegisteredConfig, WiringJob } from "./register-config-nodes.js";
import { resolveReference } from "./resolve-reference.js";

/**
 * `wireConfigEdges` adds the edges of a registered configuration:
 * - a resource depends on what its arguments (nested blocks included), provisioners, `count`, `for_each`
 *   and `depends_on` reference, and on what the `count`/`for_each`/`depends_on` of every module call
 *   enclosing it reference;
 * - an output depends on what its expression and `depends_on` reference;
 * - a module input `module.m.var.x` depends on what the call's argument `x` references in the caller;
 * - a module call `module.m` depends on everything directly inside it, so a whole-module reference
 *   or `depends_on = [module.m]` reaches all of it. These edges are only added when something references
 *   the call (or a call enclosing it): otherwise nothing depends on the call node, and every resource of
 *   every module would carry an edge that no walk can use.
 * Loops are indexed and one collector is reused: this runs once per resource of large configurations.
 */
export function wireConfigEdges(params: { registered: RegisteredConfig; graph: DependencyGraph }): void {
  const { registered, graph } = params;
  const collector = createReferenceCollector();
  for (const module of registered.modules) module.inherited = moduleDependencies(module, registered.calls.get(module), collector);
  const { resources, outputs, inputs } = registered;
  for (let i = 0; i < resources.length; i += 1) wireResource(resources[i] as WiringJob, collector, graph);
  for (let i = 0; i < outputs.length; i += 1) {
    const { id, value, scope } = outputs[i] as WiringJob;
    if (!isObject(value)) continue;
    startCollecting(collector, scope, NONE);
    forEachReferenceList(value.expression, collector.add);
    if (Array.isArray(value.depends_on)) collector.add(value.depends_on);
    linkCollected(collector, graph, id);
  }
  for (let i = 0; i < inputs.length; i += 1) {
    const { id, value, scope } = inputs[i] as WiringJob;
    startCollecting(collector, scope, NONE);
    forEachReferenceList(value, collector.add);
    linkCollected(collector, graph, id);
  }
  linkReferencedCalls(registered.modules, graph);
}

const NONE: readonly string[] = [];

/** Links each referenced module call, and every call nested in one, to its members (parents come first). */
function linkReferencedCalls(modules: readonly ModuleScope[], graph: DependencyGraph): void {
  for (const module of modules) {
    if (module.parent?.referenced === true) module.referenced = true;
    if (module.referenced && module.callRef !== undefined) link(graph, module.callRef.id, module.members);
  }
}

function wireResource(job: WiringJob, collector: ReferenceCollector, graph: DependencyGraph): void {
  const resource = job.value as JsonObject;
  startCollecting(collector, job.scope, job.scope.inherited ?? NONE);
  forEachReferenceList(resource.expressions, collector.add);
  forEachReferenceList(resource.count_expression, collector.add);
  forEachReferenceList(resource.for_each_expression, collector.add);
  const provisioners = resource.provisioners;
  if (Array.isArray(provisioners)) {
    for (const provisioner of provisioners) if (isObject(provisioner)) forEachReferenceList(provisioner.expressions, collector.add);
  }
  if (Array.isArray(resource.depends_on)) collector.add(resource.depends_on);
  linkCollected(collector, graph, job.id);
}

/**
 * What every resource in `module` depends on through its call's meta-arguments, and its ancestors'.
 * Modules are registered parents first, so the parent's list is already known.
 */
function moduleDependencies(module: ModuleScope, call: JsonObject | undefined, collector: ReferenceCollector): readonly string[] {
  const { parent } = module;
  const fromParent = parent?.inherited ?? NONE;
  if (parent === undefined || call === undefined) return fromParent;
  startCollecting(collector, parent, fromParent);
  forEachReferenceList(call.count_expression, collector.add);
  forEachReferenceList(call.for_each_expression, collector.add);
  if (Array.isArray(call.depends_on)) collector.add(call.depends_on);
  return collector.targets.slice(0, collector.size);
}

/**
 * Collects, once each, the nodes that `references` lists resolve to in one module: `startCollecting` empties
 * it for a node (with the node's inherited targets), `add` takes each `references` list, `linkCollected`
 * adds the edges. The targets since the last start are `targets[0 .. size)`: the array is reused for every
 * node (truncating it would free its storage only to allocate it again).
 * A plain object handled by module-level functions, not a class or closures: a class instance's shape dies
 * with the last instance and closures are new functions for every plan, and either way V8 would optimise
 * the wiring code afresh for every plan.
 */
interface ReferenceCollector {
  targets: string[];
  size: number;
  scope: ModuleScope | undefined;
  /** `collectReferences` of this collector, as the visitor `forEachReferenceList` takes. */
  readonly add: (refs: readonly unknown[]) => void;
}

function createReferenceCollector(): ReferenceCollector {
  const collector: ReferenceCollector = {
    targets: [],
    size: 0,
    scope: undefined,
    add: (refs) => collectReferences(collector, refs),
  };
  return collector;
}

function startCollecting(collector: ReferenceCollector, scope: ModuleScope, initial: readonly string[]): void {
  collector.scope = scope;
  collector.size = 0;
  for (let i = 0; i < initial.length; i += 1) pushTarget(collector, initial[i] as string);
}

/**
 * Terraform writes each reference followed by its prefixes (`aws_sg.x.id`, `aws_sg.x`); a prefix of the
 * reference just before it adds nothing, so it is skipped without being resolved. That also drops the bare
 * `module.m` that comes with `module.m.o`; a bare module reference counts only when nothing longer in the
 * same list starts with it.
 */
function collectReferences(collector: ReferenceCollector, refs: readonly unknown[]): void {
  const scope = collector.scope;
  if (scope === undefined) return;
  let previous = "";
  for (let i = 0; i < refs.length; i += 1) {
    const ref = refs[i];
    if (typeof ref !== "string") continue;
    if (isTraversalPrefix(ref, previous)) continue;
    previous = ref;
    const resolved = resolveReference(scope, ref);
    if (resolved === undefined || hasTarget(collector, resolved.id)) continue;
    if (resolved.wholeModule && hasLongerReference(refs, ref)) continue;
    if (resolved.call !== undefined) resolved.call.referenced = true;
    pushTarget(collector, resolved.id);
  }
}

/** Adds an edge from `from` to every target collected since the last start. */
function linkCollected(collector: ReferenceCollector, graph: DependencyGraph, from: string): void {
  const { targets, size } = collector;
  for (let i = 0; i < size; i += 1) addEdge(graph, from, targets[i] as string);
}

function hasTarget(collector: ReferenceCollector, id: string): boolean {
  const { targets, size } = collector;
  for (let i = 0; i < size; i += 1) if (targets[i] === id) return true;
  return false;
}

function pushTarget(collector: ReferenceCollector, id: string): void {
  collector.targets[collector.size] = id;
  collector.size += 1;
}

/** Whether `ref` is `longer` cut at a step boundary (`aws_sg.x` of `aws_sg.x.id`, `m[0]` of `m[0].o`). */
function isTraversalPrefix(ref: string, longer: string): boolean {
  if (longer.length <= ref.length || !longer.startsWith(ref)) return false;
  const next = longer.charCodeAt(ref.length);
  return next === 0x2e /* . */ || next === 0x5b /* [ */;
}

function hasLongerReference(refs: readonly unknown[], ref: string): boolean {
  return refs.some((other) => typeof other === "string" && isTraversalPrefix(ref, other));
}

function link(graph: DependencyGraph, from: string, targets: readonly string[]): void {
  for (let i = 0; i < targets.length; i += 1) addEdge(graph, from, targets[i] as string);
}
