/**
 * What a resource type is for risk purposes. `data` holds records (databases, tables, caches with data),
 * `storage` holds objects and blocks (buckets, volumes, file systems, snapshots, vaults, registries),
 * `organization` contains other resources (accounts, projects, folders, resource groups, nested stacks).
 */
export type ResourceCategory =
  | "data"
  | "storage"
  | "encryption"
  | "secrets"
  | "identity"
  | "network"
  | "dns"
  | "compute"
  | "messaging"
  | "observability"
  | "container-platform"
  | "organization"
  | "other";

/**
 * One catalogue row. `stateful`: destroying it loses data, keys, identities or the resources it contains,
 * which no re-apply brings back. `hub`: many other resources reference it, so replacing it ripples outwards.
 * `protection` names the type-specific guards of PROTECTION_ATTRIBUTES and EXPOSURE_ATTRIBUTES that apply
 * (guards valid for any type, like `deletion_protection`, are not repeated). `note` completes
 * the reviewer message when destroying it has a consequence the category does not imply.
 */
export interface RiskEntry {
  category: ResourceCategory;
  stateful: boolean;
  hub: boolean;
  protection?: readonly string[];
  note?: string;
}

/**
 * A rule for a family of types sharing a prefix (and optionally a suffix or an inner part):
 * `aws_fsx_` + `_file_system` covers `aws_fsx_lustre_file_system`, `aws_fsx_ontap_file_system`, ...
 */
export interface RiskFamily {
  prefix: string;
  suffix?: string;
  contains?: string;
  entry: RiskEntry;
}

/** `stateful` builds an entry for a type whose destruction loses what it holds. */
export function stateful(category: ResourceCategory, protection?: readonly string[], note?: string): RiskEntry {
  return withOptional({ category, stateful: true, hub: false }, protection, note);
}

/** `statefulHub` builds an entry for a type that holds data and that many resources reference. */
export function statefulHub(category: ResourceCategory, protection?: readonly string[], note?: string): RiskEntry {
  return withOptional({ category, stateful: true, hub: true }, protection, note);
}

/** `hub` builds an entry for a stateless type that many resources reference (its id changes on replace). */
export function hub(category: ResourceCategory, protection?: readonly string[], note?: string): RiskEntry {
  return withOptional({ category, stateful: false, hub: true }, protection, note);
}

/** `plain` builds an entry for a stateless, leaf type: it can be recreated from configuration. */
export function plain(category: ResourceCategory, protection?: readonly string[], note?: string): RiskEntry {
  return withOptional({ category, stateful: false, hub: false }, protection, note);
}

/** `family` builds a prefix rule; `suffix`/`contains` narrow it. */
export function family(prefix: string, entry: RiskEntry, narrow: { suffix?: string; contains?: string } = {}): RiskFamily {
  return { prefix, entry, ...narrow };
}

function withOptional(entry: RiskEntry, protection: readonly string[] | undefined, note: string | undefined): RiskEntry {
  if (protection !== undefined && protection.length > 0) entry.protection = protection;
  if (note !== undefined) entry.note = note;
  return entry;
}
