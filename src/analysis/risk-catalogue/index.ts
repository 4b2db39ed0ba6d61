import { AWS_FAMILIES } from "./aws-families.js";
import { AWS_TYPES } from "./aws.js";
import { AZURE_FAMILIES, AZURE_TYPES } from "./azure.js";
import { CLOUDFORMATION_EQUIVALENTS, CLOUDFORMATION_FAMILIES, CLOUDFORMATION_TYPES } from "./cloudformation.js";
import { EXPOSURE_ATTRIBUTES, type ExposureEffect } from "./exposure-attributes.js";
import { GOOGLE_FAMILIES, GOOGLE_TYPES } from "./google.js";
import type { GuardAttribute } from "./guard-attribute.js";
import { GUARD_RESOURCES, type GuardResource } from "./guard-resources.js";
import { KUBERNETES_FAMILIES, KUBERNETES_TYPES, kubernetesBaseType } from "./kubernetes.js";
import { PROTECTION_ATTRIBUTES, type ProtectionAttribute } from "./protection-attributes.js";
import { plain, type ResourceCategory, type RiskEntry, type RiskFamily } from "./risk-entry.js";
import { UTILITY_FAMILIES, UTILITY_TYPES } from "./utility.js";

export type { ResourceCategory, RiskEntry, RiskFamily } from "./risk-entry.js";
export type { AttributePath, GuardAttribute, GuardDanger } from "./guard-attribute.js";
export { pathLabel } from "./guard-attribute.js";
export type { ProtectionAttribute, ProtectionEffect } from "./protection-attributes.js";
export type { ExposureEffect } from "./exposure-attributes.js";
export type { GuardResource } from "./guard-resources.js";
export { PROTECTION_ATTRIBUTES } from "./protection-attributes.js";
export { EXPOSURE_ATTRIBUTES } from "./exposure-attributes.js";
export { GUARD_RESOURCES } from "./guard-resources.js";

/** Which format a type name belongs to: CloudFormation types contain `::`. */
export type TypeFormat = "terraform" | "cloudformation";

/**
 * Everything the catalogue knows about one type. `match` says how it was found: `exact` row, `family`
 * prefix rule, or `unknown` (category `other`; reports should say the type is not in the catalogue).
 * `guards` and `exposures` are the attributes to check for this type, with a path in its format.
 */
export interface RiskProfile extends RiskEntry {
  type: string;
  format: TypeFormat;
  match: "exact" | "family" | "unknown";
  guards: readonly ProtectionAttribute[];
  exposures: readonly GuardAttribute<ExposureEffect>[];
  guardResource?: GuardResource;
}

const TERRAFORM_TYPES: Readonly<Record<string, RiskEntry>> = { ...AWS_TYPES, ...GOOGLE_TYPES, ...AZURE_TYPES, ...KUBERNETES_TYPES, ...UTILITY_TYPES };
const TERRAFORM_FAMILIES: readonly RiskFamily[] = [...AWS_FAMILIES, ...GOOGLE_FAMILIES, ...AZURE_FAMILIES, ...KUBERNETES_FAMILIES, ...UTILITY_FAMILIES];
const UNKNOWN = plain("other");

/** `riskOf` returns the catalogue profile of a Terraform or CloudFormation type; never fails (unknown → `other`). */
export function riskOf(type: string): RiskProfile {
  const format: TypeFormat = type.includes("::") ? "cloudformation" : "terraform";
  const found = format === "terraform" ? findTerraform(type) : findCloudFormation(type);
  const entry = found?.entry ?? UNKNOWN;
  const profile: RiskProfile = {
    ...entry,
    type,
    format,
    match: found?.match ?? "unknown",
    guards: attributesFor(PROTECTION_ATTRIBUTES, entry, format),
    exposures: attributesFor(EXPOSURE_ATTRIBUTES, entry, format),
  };
  const guard = GUARD_RESOURCES[type];
  if (guard !== undefined) profile.guardResource = guard;
  return profile;
}

/** `categoryOf` returns a type's category; `other` for types the catalogue does not know (see `isKnownType`). */
export function categoryOf(type: string): ResourceCategory {
  return riskOf(type).category;
}

/** `isKnownType` tells whether the catalogue has a row or family rule for the type. */
export function isKnownType(type: string): boolean {
  return riskOf(type).match !== "unknown";
}

/**
 * `createRiskLookup` returns a `riskOf` that remembers its answers, for scoring many changes of few types
 * (a 50k-resource plan has hundreds of types, not 50k).
 */
export function createRiskLookup(): (type: string) => RiskProfile {
  const cache = new Map<string, RiskProfile>();
  return (type) => {
    let profile = cache.get(type);
    if (profile === undefined) {
      profile = riskOf(type);
      cache.set(type, profile);
    }
    return profile;
  };
}

type Found = { entry: RiskEntry; match: "exact" | "family" };

function findTerraform(type: string): Found | undefined {
  const base = kubernetesBaseType(type);
  const exact = TERRAFORM_TYPES[base];
  if (exact !== undefined) return { entry: exact, match: "exact" };
  const rule = TERRAFORM_FAMILIES.find((f) => matchesFamily(f, base));
  return rule === undefined ? undefined : { entry: rule.entry, match: "family" };
}

function findCloudFormation(type: string): Found | undefined {
  const twin = CLOUDFORMATION_EQUIVALENTS[type];
  if (twin !== undefined) {
    const found = findTerraform(twin);
    if (found !== undefined) return { entry: found.entry, match: "exact" };
  }
  const own = CLOUDFORMATION_TYPES[type];
  if (own !== undefined) return { entry: own, match: "exact" };
  const rule = CLOUDFORMATION_FAMILIES.find((f) => matchesFamily(f, type));
  return rule === undefined ? undefined : { entry: rule.entry, match: "family" };
}

function matchesFamily(rule: RiskFamily, type: string): boolean {
  if (!type.startsWith(rule.prefix)) return false;
  if (rule.suffix !== undefined && !type.endsWith(rule.suffix)) return false;
  return rule.contains === undefined || type.includes(rule.contains, rule.prefix.length - 1);
}

function attributesFor<A extends GuardAttribute<string>>(rows: readonly A[], entry: RiskEntry, format: TypeFormat): A[] {
  const named = entry.protection ?? [];
  return rows.filter((row) => row[format] !== undefined && (row.scope === "any-type" || named.includes(row.id)));
}
