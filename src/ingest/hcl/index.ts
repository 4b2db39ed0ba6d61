export { parseHclDiff } from "./parse-hcl-diff.js";
export type { HclFileInput } from "./read-hcl-inputs.js";
export { FORCE_NEW_ATTRIBUTES, forceNewAttributesOf } from "./force-new-attributes.js";
