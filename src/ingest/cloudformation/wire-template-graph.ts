import { addEdge, nodeId, type DependencyGraph } from "../../model/dependency-graph.js";
import type { TemplateLevel } from "./build-resource-change.js";
import { CFN_LIMITS } from "./cfn-limits.js";
import type { CheckedTemplate } from "./checked-template.js";
import { jsonPath } from "./json-path.js";
import { dependsOnOf, scanReferences } from "./scan-references.js";
import type { CfnFinding } from "./stack-diagnostics.js";

/**
 * `wireTemplateGraph` adds every resource of one template (both sides) to the graph as a node, and an edge
 * from each resource to each resource it references (`Ref`, `Fn::GetAtt`, `Fn::Sub`, `DependsOn`): head
 * references for resources in the head, base references for removed ones. Nested stack resources also depend
 * on their parent's `AWS::CloudFormation::Stack` resource (`parentNode`). References to names the head
 * declares nowhere are reported as warnings: CloudFormation would reject the template. Returns the head's
 * reverse references without `DependsOn` (which carries no value), for replacement propagation.
 */
export function wireTemplateGraph(params: {
  base: CheckedTemplate;
  head: CheckedTemplate;
  level: TemplateLevel;
  graph: DependencyGraph;
  parentNode?: string;
  report: (finding: CfnFinding) => void;
}): Map<string, string[]> {
  const { base, head, level, graph, parentNode } = params;
  const node = (id: string) => nodeId(level.root, `${level.prefix}${id}`);
  const dependents = new Map<string, string[]>();
  const unknown: [string, string][] = [];
  for (const id of new Set([...head.resources.keys(), ...base.resources.keys()])) {
    graph.resources.add(node(id));
    if (parentNode !== undefined) addEdge(graph, node(id), parentNode);
  }
  for (const [id, resource] of head.resources) {
    const refs = scanReferences(resource.value);
    for (const ref of refs) {
      if (head.resources.has(ref)) {
        addEdge(graph, node(id), node(ref));
        const list = dependents.get(ref);
        if (list === undefined) dependents.set(ref, [id]);
        else list.push(id);
      } else if (!head.parameters.has(ref) && !ref.startsWith("AWS::")) unknown.push([id, ref]);
    }
    for (const target of dependsOnOf(resource.value)) {
      if (refs.has(target)) continue;
      if (head.resources.has(target)) addEdge(graph, node(id), node(target));
      else unknown.push([id, target]);
    }
  }
  for (const [id, resource] of base.resources) {
    if (head.resources.has(id)) continue;
    const targets = new Set([...scanReferences(resource.value), ...dependsOnOf(resource.value)]);
    for (const ref of targets) if (base.resources.has(ref)) addEdge(graph, node(id), node(ref));
  }
  reportUnknown(unknown, params);
  return dependents;
}

function reportUnknown(unknown: readonly [string, string][], params: { level: TemplateLevel; report: (finding: CfnFinding) => void }): void {
  const { level, report } = params;
  for (const [id, ref] of unknown.slice(0, CFN_LIMITS.maxReferenceWarnings)) {
    report({
      level: "warning",
      code: "cfn.unknown-reference",
      file: level.file,
      path: jsonPath(["Resources", id]),
      message: `${level.prefix}${id} refers to ${ref.slice(0, 100)}, which the head template declares neither as a resource nor as a parameter: CloudFormation rejects the template`,
    });
  }
  if (unknown.length > CFN_LIMITS.maxReferenceWarnings) {
    report({ level: "warning", code: "cfn.unknown-reference", file: level.file, message: `and ${unknown.length - CFN_LIMITS.maxReferenceWarnings} more references to undeclared names` });
  }
}
