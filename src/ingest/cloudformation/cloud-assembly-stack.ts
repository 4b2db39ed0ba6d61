import type { NestedStackRef } from "./find-nested-stacks.js";

/** One stack of a cloud assembly, as `readCloudAssembly` finds it. */
export interface CloudAssemblyStack {
  /** The stack's display name (`Stage/Stack` for stacks of a Stage), or its artifact ID. */
  name: string;
  artifactId: string;
  /** CloudFormation stack name, when the manifest sets one (`properties.stackName`). */
  stackName?: string;
  /** Path of the stack's template in the `files` map. */
  templatePath: string;
  /** `aws://<account>/<region>`, as the manifest writes it. */
  environment?: string;
  /** Paths of every nested stack template, depth first. */
  nestedTemplates: string[];
  /** Nested stacks by logical ID, as a tree (to build `TemplatePair.nested`). */
  nested: NestedStackRef[];
  /** Construct paths by logical ID from the manifest's metadata (`/Stack/Bucket/Resource`). */
  constructPaths: Record<string, string>;
}
