import type { ApprovalEvent, ConfigInvalidEvent, EvaluationEvent, MergeEvent, OverrideEvent } from "../../../src/model/audit-event.js";

/**
 * Builders for audit events. Defaults describe acme/infra#42, head HEAD, on 2026-11-21: an agent PR by
 * copilot requested by alice, critical destructiveness, waiting for two approvals. Overrides replace fields.
 */

export const HEAD = "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678";

/** `anEvaluation` returns an evaluation of acme/infra#42 with the given overrides. */
export function anEvaluation(overrides: Partial<EvaluationEvent> = {}): EvaluationEvent {
  return {
    kind: "evaluation",
    at: "2026-11-21T12:00:00Z",
    repository: "acme/infra",
    pullNumber: 42,
    deliveryId: "d-1",
    headSha: HEAD,
    agent: {
      name: "copilot", isAgent: true, confidence: "verified", requester: "alice",
      evidence: [{ signal: "author-id", value: "198982749", strength: "strong" }],
    },
    destructiveness: { score: 95, tier: "critical", rules: ["destroy.stateful"] },
    blastRadius: { score: 60, tier: "high", rules: ["environment.production"] },
    changes: { counts: { delete: 1, update: 2 }, destroyed: ["aws_db_instance.main"] },
    environments: ["production"],
    decision: {
      conclusion: "action_required", mode: "enforce", wouldBlock: true, requiredApprovals: 2,
      approvedBy: ["carol"], missing: ["1 more approval from acme/dba"],
    },
    ...overrides,
  };
}

/** `anApproval` returns carol's approval of acme/infra#42 with the given overrides. */
export function anApproval(overrides: Partial<ApprovalEvent> = {}): ApprovalEvent {
  return {
    kind: "approval", at: "2026-11-21T12:30:00Z", repository: "acme/infra", pullNumber: 42, headSha: HEAD,
    login: "carol", commitId: HEAD, submittedAt: "2026-11-21T12:29:00Z", teams: ["acme/platform"],
    ...overrides,
  };
}

/** `anOverride` returns dave's break-glass override of acme/infra#42 with the given overrides. */
export function anOverride(overrides: Partial<OverrideEvent> = {}): OverrideEvent {
  return {
    kind: "override", at: "2026-11-21T12:40:00Z", repository: "acme/infra", pullNumber: 42, headSha: HEAD,
    login: "dave", reason: "production is down", teams: ["acme/sre"],
    ...overrides,
  };
}

/** `aMerge` returns carol's merge of acme/infra#42 with the given overrides. */
export function aMerge(overrides: Partial<MergeEvent> = {}): MergeEvent {
  return {
    kind: "merge", at: "2026-11-21T13:00:00Z", repository: "acme/infra", pullNumber: 42, headSha: HEAD,
    mergedBy: "carol", mergeSha: "9f8e7d6c5b4a39281706f5e4d3c2b1a098765432", baseSha: "0f1e2d3c4b5a69788796a5b4c3d2e1f0ffeeddcc",
    revertCommand: "git revert -m 1 9f8e7d6c5b4a39281706f5e4d3c2b1a098765432",
    agent: "copilot", environments: ["production"], destroyed: 1,
    ...overrides,
  };
}

/** `aConfigInvalid` returns a config-invalid event for acme/infra#42 with the given overrides. */
export function aConfigInvalid(overrides: Partial<ConfigInvalidEvent> = {}): ConfigInvalidEvent {
  return {
    kind: "config-invalid", at: "2026-11-21T11:00:00Z", repository: "acme/infra", pullNumber: 42, headSha: HEAD,
    messages: ["Invalid config in .github/airlock.yml: approvals.high: expected a number"],
    ...overrides,
  };
}
