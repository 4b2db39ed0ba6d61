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
  const collector = new ReferenceCollector();
  for (const module of registered.modules) module.inherited = moduleDependencies(module, collector);
  const { resources, outputs, inputs } = registered;
  for (let i = 0; i < resources.length; i += 1) wireResource(resources[i] as WiringJob, collector, graph);
  for (let i = 0; i < outputs.length; i += 1) {
    const { id, value, scope } = outputs[i] as WiringJob;
    if (!isObject(value)) continue;
    collector.start(scope, []);
    forEachReferenceList(value.expression, collector.add);
    if (Array.isArray(value.depends_on)) collector.add(value.depends_on);
    link(graph, id, collector.targets);
  }
  for (let i = 0; i < inputs.length; i += 1) {
    const { id, value, scope } = inputs[i] as WiringJob;
    collector.start(scope, []);
    forEachReferenceList(value, collector.add);
    link(graph, id, collector.targets);
  }
  linkReferencedCalls(registered.modules, graph);
}

/** Links each referenced module call, and every call nested in one, to its members (parents come first). */
function linkReferencedCalls(modules: readonly ModuleScope[], graph: DependencyGraph): void {
  for (const module of modules) {
    if (module.parent?.referenced === true) module.referenced = true;
    if (module.referenced === true && module.callRef !== undefined) link(graph, module.callRef.id, module.members);
  }
}

function wireResource(job: WiringJob, collector: ReferenceCollector, graph: DependencyGraph): void {
  const resource = job.value as JsonObject;
  collector.start(job.scope, job.scope.inherited ?? []);
  forEachReferenceList(resource.expressions, collector.add);
  forEachReferenceList(resource.count_expression, collector.add);
  forEachReferenceList(resource.for_each_expression, collector.add);
  const provisioners = resource.provisioners;
  if (Array.isArray(provisioners)) {
    for (const provisioner of provisioners) if (isObject(provisioner)) forEachReferenceList(provisioner.expressions, collector.add);
  }
  if (Array.isArray(resource.depends_on)) collector.add(resource.depends_on);
  link(graph, job.id, collector.targets);
}

/**
 * What every resource in `module` depends on through its call's meta-arguments, and its ancestors'.
 * Modules are registered parents first, so the parent's list is already known.
 */
function moduleDependencies(module: ModuleScope, collector: ReferenceCollector): readonly string[] {
  const { parent, call } = module;
  const fromParent = parent?.inherited ?? [];
  if (parent === undefined || call === undefined) return fromParent;
  collector.start(parent, fromParent);
  forEachReferenceList(call.count_expression, collector.add);
  forEachReferenceList(call.for_each_expression, collector.add);
  if (Array.isArray(call.depends_on)) collector.add(call.depends_on);
  return collector.targets.slice();
}

/**
 * Collects, once each, the nodes that `references` lists resolve to in one module. `targets` is reused by
 * the next `start`. Terraform writes each reference followed by its prefixes (`aws_sg.x.id`, `aws_sg.x`);
 * a prefix of the reference just before it adds nothing, so it is skipped without being resolved. That
 * also drops the bare `module.m` that comes with `module.m.o`; a bare module reference counts only when
 * nothing longer in the same list starts with it.
 */
class ReferenceCollector {
  readonly targets: string[] = [];
  private scope: ModuleScope | undefined;

  start(scope: ModuleScope, initial: readonly string[]): void {
    this.scope = scope;
    this.targets.length = 0;
    for (let i = 0; i < initial.length; i += 1) this.targets.push(initial[i] as string);
  }

  readonly add = (refs: readonly unknown[]): void => {
    const scope = this.scope;
    if (scope === undefined) return;
    let previous = "";
    for (let i = 0; i < refs.length; i += 1) {
      const ref = refs[i];
      if (typeof ref !== "string") continue;
      if (isTraversalPrefix(ref, previous)) continue;
      previous = ref;
      const resolved = resolveReference(scope, ref);
      if (resolved === undefined || this.targets.includes(resolved.id)) continue;
      if (resolved.wholeModule && hasLongerReference(refs, ref)) continue;
      if (resolved.call !== undefined) resolved.call.referenced = true;
      this.targets.push(resolved.id);
    }
  };
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
