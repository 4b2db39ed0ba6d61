/**
 * One template at base and head, as parsed JSON (or YAML) values. A side that is `null` (or missing) does
 * not exist: the stack, or the nested stack, is added or removed.
 */
export interface NestedTemplatePair {
  /** Repo path of the template: the `file` of its changes and diagnostics. */
  path: string;
  base: unknown;
  head: unknown;
  /** 1-based line of each logical ID's key in the base text (`parseTemplateText` gives them). */
  baseLines?: Readonly<Record<string, number>>;
  /** 1-based line of each logical ID's key in the head text. */
  headLines?: Readonly<Record<string, number>>;
  /**
   * Templates of nested stacks, by the logical ID of their `AWS::CloudFormation::Stack` resource in this
   * template. A nested stack that changes without its template here is unknown (an error diagnostic).
   */
  nested?: Readonly<Record<string, NestedTemplatePair>>;
}

/** A stack's template pair: a nested pair plus the stack's name and environment. */
export interface TemplatePair extends NestedTemplatePair {
  /** Stack name (the root of its changes); defaults to the file name, `Db.template.json` → `Db`. */
  stack?: string;
  /** Deployment environment name for the stack's root, when the caller knows it. */
  environment?: string;
}

/**
 * Construct paths by template path, then by logical ID (`/Stack/Database/Resource`), from a cloud assembly's
 * metadata (`readCloudAssembly`), for templates synthesized without `aws:cdk:path` metadata.
 */
export type ConstructPathsByTemplate = Readonly<Record<string, Readonly<Record<string, string>>>>;
