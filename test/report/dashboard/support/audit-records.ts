import type { AuditEvent, AuditRecord, EvaluationEvent, OverrideEvent } from "../../../../src/model/audit-event.js";
import type { Tier } from "../../../../src/model/score.js";
import type { GateConclusion } from "../../../../src/model/verdict.js";

/** What varies between evaluations in these tests; everything else is filled in. */
export interface EvaluationSpec {
  at: string;
  repository?: string;
  pullNumber?: number;
  headSha?: string;
  /** Agent name, or null for a human PR (default `copilot`). */
  agent?: string | null;
  conclusion?: GateConclusion;
  mode?: "enforce" | "shadow";
  /** Default: conclusion is not success. */
  wouldBlock?: boolean;
  requiredApprovals?: number;
  destructiveness?: Tier;
  blastRadius?: Tier;
  /** false: an evaluation of a PR that touches no infrastructure (no changes, scores 0, nothing required). */
  infra?: boolean;
  missing?: string[];
}

const SCORE: Record<Tier, number> = { none: 0, low: 10, medium: 30, high: 60, critical: 90 };

/** `evaluation` builds an evaluation of acme/infra#1 head `h1` by copilot, blocked waiting for one approval, unless told otherwise. */
export function evaluation(spec: EvaluationSpec): EvaluationEvent {
  const infra = spec.infra ?? true;
  const conclusion = spec.conclusion ?? (infra ? "action_required" : "success");
  const destructiveness = spec.destructiveness ?? (infra ? "high" : "none");
  const blastRadius = spec.blastRadius ?? (infra ? "medium" : "none");
  const agent = spec.agent === undefined ? "copilot" : spec.agent;
  return {
    kind: "evaluation",
    at: spec.at,
    repository: spec.repository ?? "acme/infra",
    pullNumber: spec.pullNumber ?? 1,
    headSha: spec.headSha ?? "h1",
    agent: agent === null
      ? { name: null, isAgent: false, confidence: "none", requester: null, evidence: [] }
      : { name: agent, isAgent: true, confidence: "verified", requester: "alice", evidence: [{ signal: "author-id", value: "1", strength: "strong" }] },
    destructiveness: { score: SCORE[destructiveness], tier: destructiveness, rules: [] },
    blastRadius: { score: SCORE[blastRadius], tier: blastRadius, rules: [] },
    changes: { counts: infra ? { update: 1 } : {}, destroyed: [] },
    environments: infra ? ["production"] : [],
    decision: {
      conclusion,
      mode: spec.mode ?? "enforce",
      wouldBlock: spec.wouldBlock ?? conclusion !== "success",
      requiredApprovals: spec.requiredApprovals ?? (infra ? 1 : 0),
      approvedBy: [],
      missing: spec.missing ?? (conclusion === "success" ? [] : ["1 more approval from a maintainer"]),
    },
  };
}

/** `override` builds dave's override of acme/infra#1 head `h1`, unless told otherwise. */
export function override(spec: Partial<OverrideEvent> & { at: string }): OverrideEvent {
  return { kind: "override", repository: "acme/infra", pullNumber: 1, headSha: "h1", login: "dave", reason: "production is down", teams: ["acme/sre"], ...spec };
}

/** `records` wraps events as audit records with seq 1, 2, … in the given order. */
export function records(...events: AuditEvent[]): AuditRecord[] {
  return events.map((event, i) => ({ seq: i + 1, event, prevHash: "0".repeat(64), hash: (i + 1).toString(16).padStart(64, "0") }));
}
