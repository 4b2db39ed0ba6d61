/**
 * Internal shapes of the static HCL diff. Parsed bodies follow @cdktf/hcl2json's output: every block is an
 * array of bodies, expressions are `"${…}"` strings; `.tf.json` files are normalised to the same shape.
 */

/** One parsed block body (or a whole file): attribute names to values, nested blocks as arrays of bodies. */
export type HclBody = Record<string, unknown>;

/** Which side of the pull request a text comes from. */
export type Side = "base" | "head";

/** A top-level block header found in source text, with the 1-based lines of its direct children by name. */
export interface BlockHeader {
  keyword: string;
  labels: string[];
  line: number;
  children: Map<string, number>;
}

/** One side of one changed file after parsing: `body` is null when the file could not be read. */
export interface ParsedFile {
  path: string;
  side: Side;
  root: string;
  json: boolean;
  text: string;
  body: HclBody | null;
  /** Top-level block headers in source order (HCL only; JSON lines are searched on demand). */
  headers: BlockHeader[];
}

/**
 * Where a block sits in its file, so its line can be found lazily: the `occurrence`-th header with this
 * keyword and labels, optionally narrowed to a named child (a local value, `backend`).
 */
export interface BlockLocation {
  file: ParsedFile;
  keyword: string;
  labels: string[];
  occurrence: number;
  child?: string;
}

/** A named configuration object (resource, data source, module call, output, variable, local, provider). */
export interface BlockEntry {
  /** Address inside its root: `aws_s3_bucket.logs`, `data.aws_ami.ubuntu`, `module.vpc`, `local.name`, `provider.aws.west`. */
  address: string;
  body: HclBody;
  location: BlockLocation;
}

/** A `moved`, `removed` or `import` block, with its addresses read from the `${…}` traversals. */
export interface RefactorEntry {
  from?: string;
  to?: string;
  /** Import id: the literal string, or the raw `${…}` expression text. */
  id?: unknown;
  /** `removed` only: false when `lifecycle { destroy = false }` asks to forget instead of destroy. */
  destroy: boolean;
  /** Identity used to tell a block that is new in the head from one that was already in the base. */
  key: string;
  location: BlockLocation;
}

/** Everything one side of one directory declares, keyed by address. */
export interface Inventory {
  resources: Map<string, BlockEntry>;
  modules: Map<string, BlockEntry>;
  outputs: Map<string, BlockEntry>;
  variables: Map<string, BlockEntry>;
  locals: Map<string, BlockEntry>;
  providers: Map<string, BlockEntry>;
  /** `terraform { backend "x" {…} }` or `cloud {…}`; body is `{ type, config }`. */
  backend: BlockEntry | null;
  /** `required_providers` entries by local name; body is `{ value }`. */
  requiredProviders: Map<string, BlockEntry>;
  moved: RefactorEntry[];
  removed: RefactorEntry[];
  imports: RefactorEntry[];
}

/** `emptyInventory` returns an inventory that declares nothing (a side where every file is absent). */
export function emptyInventory(): Inventory {
  return {
    resources: new Map(),
    modules: new Map(),
    outputs: new Map(),
    variables: new Map(),
    locals: new Map(),
    providers: new Map(),
    backend: null,
    requiredProviders: new Map(),
    moved: [],
    removed: [],
    imports: [],
  };
}
