import { ResourceImpact } from "@aws-cdk/cloudformation-diff";

/**
 * What the diff library says about one resource, flattened: its impact and the properties behind it.
 * `unspecified` lists changed properties the AWS resource specification does not know (custom resources,
 * new or misspelled properties): the library gives them no impact, but CloudFormation still updates them.
 * `propagated` is set when the resource is replaced because a resource it references is replaced.
 */
export interface ResourceOutcome {
  impact: ResourceImpact;
  typeChange?: { from: string; to: string };
  replacing: string[];
  mayReplace: string[];
  updating: string[];
  unspecified: string[];
  /** Changed resource attributes other than Properties (DeletionPolicy, Metadata, DependsOn, Condition ...). */
  other: string[];
  /** Permission widening reasons (IAM statements, security group rules). */
  security: string[];
  propagated?: { props: string[]; impact: ResourceImpact; causes: string[] };
  /** Set when the diff library failed on the resource: its impact is only a guess from presence. */
  failure?: string;
}

const RANK: Record<ResourceImpact, number> = {
  [ResourceImpact.NO_CHANGE]: 0,
  [ResourceImpact.WILL_IMPORT]: 0,
  [ResourceImpact.WILL_UPDATE]: 1,
  [ResourceImpact.WILL_CREATE]: 2,
  [ResourceImpact.WILL_ORPHAN]: 3,
  [ResourceImpact.MAY_REPLACE]: 4,
  [ResourceImpact.WILL_REPLACE]: 5,
  [ResourceImpact.WILL_DESTROY]: 6,
};

/** `worseImpact` returns the worse of two impacts, in the diff library's own order. */
export function worseImpact(a: ResourceImpact, b: ResourceImpact): ResourceImpact {
  return RANK[b] > RANK[a] ? b : a;
}

/** `noChange` is the outcome of a resource the diff leaves alone. */
export function noChange(): ResourceOutcome {
  return { impact: ResourceImpact.NO_CHANGE, replacing: [], mayReplace: [], updating: [], unspecified: [], other: [], security: [] };
}
