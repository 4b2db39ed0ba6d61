import type { DependencyGraph } from "./dependency-graph.js";
import type { Diagnostic } from "./diagnostic.js";
import type { ConfigChange, ResourceChange } from "./resource-change.js";

/** What kind of input a root came from. */
export type RootKind = "plan" | "hcl" | "cdktf" | "cloudformation";

/** One unit of state: a planned root module, a Terraform directory of a static diff, or a stack. */
export interface RootInfo {
  name: string;
  kind: RootKind;
  /** `terraform`, `opentofu`, `cdktf`, `aws-cdk`, when known. */
  tool?: string;
  version?: string;
  environment?: string;
  /** False when the input was unreadable, errored or incomplete: its changes are not the whole story. */
  complete: boolean;
}

/** The output of every ingester: changes, the dependency graph, and diagnostics for what could not be read. */
export interface IngestResult {
  changes: ResourceChange[];
  configChanges: ConfigChange[];
  graph: DependencyGraph;
  diagnostics: Diagnostic[];
  roots: RootInfo[];
}
