/**
 * What will happen to one resource instance. `move` is a pure address change (no destroy),
 * `forget` removes it from state without destroying it, `import` brings an existing object under management.
 */
export type ChangeAction = "create" | "update" | "delete" | "replace" | "forget" | "read" | "move" | "import" | "no-op";

/** Where a change was learnt: a real plan, a static HCL diff, or a CloudFormation template diff. */
export type ChangeSource = "plan" | "hcl" | "cloudformation";

/** How sure the ingester is: a plan is `certain`; a static diff is `likely` (a removed block) or `possible` (a guessed replace). */
export type ChangeCertainty = "certain" | "likely" | "possible";

/** Terraform `lifecycle` meta-arguments, where the source shows them (HCL does; plan JSON does not). */
export interface Lifecycle {
  preventDestroy?: boolean;
  createBeforeDestroy?: boolean;
  ignoreChanges?: string[] | "all";
}

/** How a replacement happens. */
export interface Replacement {
  /** `delete-first` is Terraform's default (downtime); `create-first` is `create_before_destroy`. */
  order: "delete-first" | "create-first";
  /** Attribute paths that forced the replacement, when known. */
  paths: (string | number)[][];
  /** Whether the old object is destroyed, or only forgotten (`create,forget` / `forget,create`). */
  oldObject: "destroyed" | "forgotten";
}

/** A JSON-like attribute object of a resource (plan `before`/`after`, HCL attributes, CloudFormation Properties). */
export type Attributes = Record<string, unknown>;

/**
 * One planned change to one resource instance, whatever the source format.
 * `before`/`after` keep the raw values; sensitive leaves are marked by `beforeSensitive`/`afterSensitive`
 * (same shape, `true` at sensitive paths) and must never be printed: use `readAttribute` helpers in report code.
 */
export interface ResourceChange {
  /** Absolute instance address (`module.db.aws_db_instance.main[0]`) or CloudFormation logical ID. */
  address: string;
  /** Resource type (`aws_db_instance`, `AWS::RDS::DBInstance`). */
  type: string;
  action: ChangeAction;
  source: ChangeSource;
  certainty: ChangeCertainty;
  /** Machine reasons from the source (`delete_because_no_resource_config`, `replace_paths: engine`, `block removed`). */
  reasons: string[];
  mode: "managed" | "data";
  /** The root this change belongs to: plan name, Terraform root module directory, or stack name. */
  root: string;
  /** Id of the change's node in the DependencyGraph (see `nodeId`). */
  node: string;
  /** Repo path of the file that declares the resource, and its 1-based line, when known. */
  file?: string;
  line?: number;
  provider?: string;
  /** Set when the object moved (`moved` block / logical ID unchanged): the address it had before. */
  previousAddress?: string;
  /** Set when the change imports an existing object; the import id when known. */
  importing?: { id?: string };
  replacement?: Replacement;
  /** Deposed object key (a left-over from create_before_destroy). */
  deposed?: string;
  /** Construct path (`MyStack/Database`) for CDK for Terraform and AWS CDK resources. */
  constructPath?: string;
  before: Attributes | null;
  after: Attributes | null;
  beforeSensitive?: unknown;
  afterSensitive?: unknown;
  afterUnknown?: unknown;
  lifecycle?: { before?: Lifecycle; after?: Lifecycle };
  /** True for `resource_drift` entries: changes found outside Terraform, not planned by this change. */
  drift?: boolean;
}

/** Kinds of configuration-level change that are not a single resource but can reach many. */
export type ConfigChangeKind =
  | "module-added"
  | "module-removed"
  | "module-source"
  | "module-version"
  | "provider"
  | "provider-removed"
  | "required-providers"
  | "backend"
  | "output"
  | "variable"
  | "count"
  | "for-each"
  | "lifecycle"
  | "locals";

/** A configuration change outside one resource: module calls, providers, backend, outputs, repetition. */
export interface ConfigChange {
  kind: ConfigChangeKind;
  /** What changed, e.g. `module.vpc`, `provider.aws`, `output.db_endpoint`, `aws_instance.web`. */
  address: string;
  root: string;
  source: ChangeSource;
  message: string;
  file?: string;
  line?: number;
  before?: unknown;
  after?: unknown;
  /** Node id in the dependency graph when the change maps onto one (a module call, a resource). */
  node?: string;
}

/** `isDestroying` tells whether a change destroys an existing object (delete, or replace whose old object is destroyed). */
export function isDestroying(change: Pick<ResourceChange, "action" | "replacement">): boolean {
  if (change.action === "delete") return true;
  return change.action === "replace" && change.replacement?.oldObject !== "forgotten";
}

/** `isMutating` tells whether a change alters real infrastructure (not read, no-op, or drift). */
export function isMutating(change: Pick<ResourceChange, "action" | "drift">): boolean {
  if (change.drift) return false;
  return change.action !== "read" && change.action !== "no-op";
}
