import type { DependencyGraph } from "../../model/dependency-graph.js";
import type { ConfigChange, ResourceChange } from "../../model/resource-change.js";
import type { ResourceBudget } from "./read-template.js";
import type { StackDiagnostics } from "./stack-diagnostics.js";
import type { ConstructPathsByTemplate } from "./template-pair.js";

/** What the templates of one stack (its own and its nested stacks') accumulate while they are diffed. */
export interface StackContext {
  readonly root: string;
  readonly diagnostics: StackDiagnostics;
  readonly budget: ResourceBudget;
  readonly graph: DependencyGraph;
  readonly changes: ResourceChange[];
  readonly configChanges: ConfigChange[];
  readonly constructPaths: ConstructPathsByTemplate | undefined;
  /** Turns true when any template of the stack carries AWS CDK metadata. */
  cdk: boolean;
}

/** Where one template sits in its stack: the address prefix, the nesting depth, the parent Stack resource node. */
export interface TemplatePosition {
  prefix: string;
  depth: number;
  parentNode?: string;
}
