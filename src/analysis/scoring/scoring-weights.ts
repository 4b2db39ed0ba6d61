import type { ExposureEffect, ProtectionEffect } from "../risk-catalogue/index.js";
import type { ChangeCertainty } from "../../model/resource-change.js";

/** A count-based weight: `min(max, factor · log2(1 + n))` points for `n` things. */
export interface LogWeight {
  factor: number;
  max: number;
}

/**
 * Every number the two scores use. Points are per reason and summed; a score is capped at 100 and tiered
 * none 0, low 1–24, medium 25–49, high 50–79, critical 80–100. Override with `mergeWeights`.
 */
export interface ScoringWeights {
  /** Multiplier of a change's points by how sure its source is: a plan is certain, a static HCL diff is not. */
  certainty: Record<ChangeCertainty, number>;
  /** Destructiveness of a delete or replace, by what the resource holds (one reason per resource; they add up). */
  destroy: {
    /** Data stores, storage, keys, secrets, organization containers and clusters that hold data: critical by itself. */
    stateful: number;
    /** Identity stores (user pools, directories): the accounts are lost. */
    identityStore: number;
    /** DNS zones: every record and the delegation are lost. */
    dnsZone: number;
    /** Queues and streams: messages in flight are lost. */
    messaging: number;
    /** Stateless hubs (VPC, subnet, load balancer, key alias) and released public IPs: everything attached breaks. */
    hub: number;
    /** Roles, policies, service accounts, bindings. */
    identity: number;
    /** Log groups, trails, recorders: history is lost or auditing stops. */
    observability: number;
    /** Instances, functions, node groups, deployments. */
    compute: number;
    /** Stateless leaves of the other categories (a route, a DNS record, a bucket setting). */
    supporting: number;
    /** Types the catalogue files under `other`. */
    other: number;
    /** Types the catalogue does not know: unknown is not safe, but a guess at high would cry wolf. */
    unknownType: number;
    /** A create-before-destroy replacement of a stateless type: no data lost, little downtime. */
    replaceCreateFirst: number;
    /** A `forget` (or a CloudFormation orphan): nothing destroyed, but the resource is left unmanaged. */
    forget: number;
    /** Added when a stateful resource is destroyed with its safety net already off (no final snapshot, force_destroy). */
    alreadyUnprotected: number;
    /** A removed module call, when no planned deletes show what it destroys. */
    moduleRemoved: number;
  };
  /** Destructiveness of weakening a protection: it prepares a destroy in this or a later change. */
  protection: Record<ProtectionEffect, number> & {
    /** A protection set from an expression a static diff cannot evaluate (`${var.x}`) or known only after apply. */
    unknownValue: number;
  };
  /** Blast radius from how much the change reaches. */
  reach: {
    /** Existing resources updated, replaced or deleted. */
    existing: LogWeight;
    /** New resources (and imports). */
    created: LogWeight;
    /** Resources that only change address in state (`moved`). */
    moved: LogWeight;
    /** Each distinct hub category (network, identity, dns, encryption, organization, container-platform, data) an existing resource of which changes. */
    hubCategory: number;
    /** Transitive dependents of the changed resources in the configuration graph, counted once. */
    dependents: LogWeight;
    /** Added per replaced or deleted resource (top few by direct dependents): its id changes under its dependents. */
    replacedDependents: LogWeight;
    environment: { production: number; staging: number; sandbox: number; unknown: number };
    /** Per root module / stack / state file touched beyond the first, up to `extraRootsMax`. */
    extraRoot: number;
    extraRootsMax: number;
    moduleSource: number;
    moduleVersion: number;
    provider: number;
    requiredProviders: number;
    backend: number;
    /** Once for all changed or removed root outputs (other stacks may read them through remote state). */
    output: number;
    /** Per group (directory) of tampered governance files. */
    tamperGroup: number;
  };
  /** Blast radius of privilege widening and exposure, per resource and finding. */
  widening: Record<ExposureEffect, number> & {
    iamAdmin: number;
    iamFullAccess: number;
    iamServiceWildcard: number;
    iamWildcardResource: number;
    publicPrincipal: number;
    adminAttachment: number;
    powerUserAttachment: number;
    openIngressAdminPort: number;
    openIngress: number;
  };
  /** An unreadable or incomplete input, in both scores: what it changes is unknown. */
  unknownInput: number;
  /** Bounds that keep reasons readable and work linear. */
  limits: {
    /** Reasons kept per rule; the rest become one "and N more" reason. */
    reasonsPerRule: number;
    /** Cap of an "and N more" reason's points (a score cannot exceed 100 anyway). */
    summaryMaxPoints: number;
    /** How many of the most-referenced changes get their own dependents reason. */
    dependentDetails: number;
    /** Nodes one per-resource dependents walk may visit. */
    detailVisits: number;
  };
}

/**
 * The default weights, tuned so that one destroy of a data store is critical by itself — planned, or a block
 * removed in a static diff (`likely`: Terraform deletes what its configuration no longer declares) — one weakened
 * protection is high, privilege widening or an open port is at least medium, and many small changes add up.
 */
export const DEFAULT_WEIGHTS: ScoringWeights = {
  certainty: { certain: 1, likely: 1, possible: 0.6 },
  destroy: {
    stateful: 80,
    identityStore: 70,
    dnsZone: 70,
    messaging: 50,
    hub: 45,
    identity: 35,
    observability: 35,
    compute: 30,
    supporting: 20,
    other: 15,
    unknownType: 15,
    replaceCreateFirst: 10,
    forget: 10,
    alreadyUnprotected: 10,
    moduleRemoved: 60,
  },
  protection: {
    deletionProtectionOff: 55,
    preventDestroyRemoved: 55,
    forceDestroyOn: 45,
    skipFinalSnapshotOn: 40,
    deleteAutomatedBackupsOn: 40,
    backupRetentionZero: 40,
    versioningSuspended: 40,
    recoveryWindowZero: 40,
    keyDeletionWindowShortened: 30,
    keyDisabled: 50,
    keyRotationOff: 25,
    encryptionOff: 40,
    retainPolicyRemoved: 50,
    purgeProtectionOff: 45,
    softDeleteShortened: 30,
    unknownValue: 10,
  },
  reach: {
    existing: { factor: 8, max: 25 },
    created: { factor: 3, max: 10 },
    moved: { factor: 2, max: 5 },
    hubCategory: 15,
    dependents: { factor: 6, max: 25 },
    replacedDependents: { factor: 4, max: 15 },
    environment: { production: 20, staging: 10, sandbox: 0, unknown: 5 },
    extraRoot: 5,
    extraRootsMax: 15,
    moduleSource: 15,
    moduleVersion: 10,
    provider: 20,
    requiredProviders: 10,
    backend: 20,
    output: 5,
    tamperGroup: 30,
  },
  widening: {
    iamAdmin: 30,
    iamFullAccess: 25,
    iamServiceWildcard: 20,
    iamWildcardResource: 20,
    publicPrincipal: 30,
    adminAttachment: 30,
    powerUserAttachment: 25,
    openIngressAdminPort: 30,
    openIngress: 25,
    publiclyAccessible: 25,
    publicAccessBlockOff: 25,
    publicAcl: 25,
  },
  unknownInput: 50,
  limits: { reasonsPerRule: 10, summaryMaxPoints: 100, dependentDetails: 3, detailVisits: 10_000 },
};
