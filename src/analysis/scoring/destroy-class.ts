import type { ResourceCategory, RiskProfile } from "../risk-catalogue/index.js";
import type { ScoringWeights } from "./scoring-weights.js";

/** The destroy weight a type falls under, the rule id reported, and how to describe what is lost. */
export interface DestroyClass {
  rule: string;
  weight: keyof ScoringWeights["destroy"];
  noun: string;
  loss: string;
}

/** Destroy classes, built once: scoring 50k deletes must not allocate a class per change. */
const CLASSES = {
  data: { rule: "destroy.stateful", weight: "stateful", noun: "data store", loss: "its data is lost" },
  storage: { rule: "destroy.stateful", weight: "stateful", noun: "storage", loss: "the data stored in it is lost" },
  encryption: { rule: "destroy.stateful", weight: "stateful", noun: "encryption key", loss: "everything encrypted with it becomes unreadable" },
  secrets: { rule: "destroy.stateful", weight: "stateful", noun: "secret", loss: "the secret value is lost" },
  organization: { rule: "destroy.stateful", weight: "stateful", noun: "organization container", loss: "every resource inside it is deleted with it" },
  "container-platform": { rule: "destroy.stateful", weight: "stateful", noun: "container platform", loss: "every workload and object inside it is lost" },
  identityStore: { rule: "destroy.identity-store", weight: "identityStore", noun: "identity store", loss: "the identities it holds are lost" },
  dnsZone: { rule: "destroy.dns-zone", weight: "dnsZone", noun: "DNS zone", loss: "its records are lost and names stop resolving" },
  messaging: { rule: "destroy.messaging", weight: "messaging", noun: "queue or stream", loss: "messages still in it are lost" },
  identity: { rule: "destroy.identity", weight: "identity", noun: "identity", loss: "whatever uses it loses access" },
  observability: { rule: "destroy.observability", weight: "observability", noun: "logging and audit", loss: "its logs or audit trail are lost" },
  compute: { rule: "destroy.compute", weight: "compute", noun: "compute", loss: "the workload it runs stops" },
  other: { rule: "destroy.other", weight: "other", noun: "resource", loss: "whatever relies on it is affected" },
  unknown: { rule: "destroy.unknown-type", weight: "unknownType", noun: "unknown type", loss: "Airlock cannot tell what it holds, because the type is not in Airlock's risk catalogue" },
} as const satisfies Record<string, DestroyClass>;

const HOLDS_DATA = new Set<ResourceCategory>(["data", "storage", "encryption", "secrets", "organization", "container-platform"]);
const CATEGORIES: readonly ResourceCategory[] = ["data", "storage", "encryption", "secrets", "identity", "network", "dns", "compute", "messaging", "observability", "container-platform", "organization", "other"];
const HUBS = new Map(CATEGORIES.map((c): [ResourceCategory, DestroyClass] => [c, { rule: "destroy.hub", weight: "hub", noun: `${c} hub`, loss: "everything attached to it breaks until it is recreated" }]));
const SUPPORTING = new Map(CATEGORIES.map((c): [ResourceCategory, DestroyClass] => [c, { rule: "destroy.supporting", weight: "supporting", noun: c, loss: "whatever relies on it is affected" }]));

/**
 * `destroyClassOf` maps a catalogue profile to its destroy class. Order matters: what a resource holds comes
 * first (data, identities, zones, messages), then its category, then how many things hang off it (hubs).
 */
export function destroyClassOf(profile: RiskProfile): DestroyClass {
  const { category } = profile;
  if (profile.match === "unknown") return CLASSES.unknown;
  if (profile.stateful) {
    if (HOLDS_DATA.has(category)) return CLASSES[category as keyof typeof CLASSES];
    if (category === "identity") return CLASSES.identityStore;
    if (category === "dns") return CLASSES.dnsZone;
    if (category === "messaging") return CLASSES.messaging;
  }
  if (category === "identity" || category === "observability" || category === "compute" || category === "other") return CLASSES[category];
  return (profile.hub || profile.stateful ? HUBS : SUPPORTING).get(category) ?? CLASSES.other;
}
