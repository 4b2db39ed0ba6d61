/**
 * `CFN_LIMITS` bounds what one call reads, so a hostile template or cloud assembly stays cheap: templates are
 * checked against these before anything is diffed, and whatever exceeds them is reported as unreadable
 * (an error diagnostic, the stack incomplete) instead of being half-read. CloudFormation itself caps a
 * template at 1 MB and 500 resources, so real stacks sit far below every limit.
 */
export const CFN_LIMITS = {
  /** Characters of template, manifest or metadata text parsed at all. */
  maxTextLength: 10 * 1024 * 1024,
  /** Resources in one template (base or head). */
  maxResourcesPerTemplate: 5_000,
  /** Resources across every template of one call (stacks and nested stacks, base and head). */
  maxResourcesPerCall: 20_000,
  /** Nesting of objects and arrays inside one resource, output or parameter (the diff library recurses). */
  maxDepth: 64,
  /** JSON values (objects, arrays and scalars) in one template. */
  maxNodesPerTemplate: 1_000_000,
  /** Levels of nested stacks below a parent stack. */
  maxNestedLevels: 8,
  /** Re-diffs spent on replacement propagation, per resource of the template (plus a constant). */
  propagationWorkPerResource: 4,
  /** Items listed in one reason list before "and N more". */
  maxListedItems: 10,
  /** Warnings about undeclared references reported per template. */
  maxReferenceWarnings: 20,
  /** Artifacts read from one cloud assembly manifest. */
  maxArtifacts: 1_000,
  /** Levels of nested cloud assemblies (CDK Stages) read below the root manifest. */
  maxAssemblyLevels: 4,
} as const;
