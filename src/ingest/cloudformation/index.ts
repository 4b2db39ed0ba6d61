export { diffCloudFormation } from "./diff-cloud-formation.js";
export { parseTemplateText } from "./parse-template-text.js";
export { readCloudAssembly } from "./read-cloud-assembly.js";
export { pairCloudAssemblies } from "./pair-cloud-assemblies.js";
export { CFN_LIMITS } from "./cfn-limits.js";
export type { CloudAssemblyStack } from "./cloud-assembly-stack.js";
export type { NestedStackRef } from "./find-nested-stacks.js";
export type { ConstructPathsByTemplate, NestedTemplatePair, TemplatePair } from "./template-pair.js";
