import { z } from "zod";

/** Resource categories, as the risk catalogue files resource types. */
export const RESOURCE_CATEGORIES = [
  "data",
  "storage",
  "encryption",
  "secrets",
  "identity",
  "network",
  "dns",
  "compute",
  "messaging",
  "observability",
  "container-platform",
  "organization",
  "other",
] as const;

/** A resource category of the risk catalogue. */
export type ResourceCategoryName = (typeof RESOURCE_CATEGORIES)[number];

/** The `scoring` section: tune how destructiveness and blast radius are scored. */
export const scoringSchema = z.strictObject({
  /**
   * Weights to override, by dotted weight id (`destroy.stateful: 90`, `reach.environment.production: 30`),
   * each a number ≥ 0. Ids left out keep their default; see the scoring reference for the ids.
   */
  weights: z
    .record(
      z.string().regex(/^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*$/, {
        error: "expected a dotted weight id (like `destroy.stateful`)",
      }),
      z.number().min(0).max(1_000_000),
    )
    .default(() => ({})),
  /**
   * Resource types to add to (or refile in) the risk catalogue, by type (Terraform `acme_database`,
   * CloudFormation `Acme::DB::Cluster`), each with its category: `data`, `storage`, `encryption`,
   * `secrets`, `identity`, `network`, `dns`, `compute`, `messaging`, `observability`,
   * `container-platform`, `organization` or `other`.
   */
  catalogue: z
    .record(
      z.string().regex(/^(?:[a-z][a-z0-9_]{0,99}|[A-Za-z0-9]+(?:::[A-Za-z0-9]+){2,3})$/, {
        error: "expected a resource type (like `aws_db_instance` or `AWS::RDS::DBInstance`)",
      }),
      z.enum(RESOURCE_CATEGORIES),
    )
    .default(() => ({})),
});
