import type { AgentConfidence, AgentEvidence, GateConclusion } from "./verdict.js";
import type { Tier } from "./score.js";

/** Fields every audit event carries. `at` is ISO 8601; `repository` is `owner/name`. */
interface AuditEventBase {
  at: string;
  repository: string;
  pullNumber: number;
  /** The webhook delivery that caused the event, when one did. */
  deliveryId?: string;
}

/** One evaluation of a PR: who authored it, what it changes, how it scored, what the gate decided. */
export interface EvaluationEvent extends AuditEventBase {
  kind: "evaluation";
  headSha: string;
  agent: { name: string | null; isAgent: boolean; confidence: AgentConfidence; requester: string | null; evidence: AgentEvidence[] };
  destructiveness: { score: number; tier: Tier; rules: string[] };
  blastRadius: { score: number; tier: Tier; rules: string[] };
  /** Counts of changes by action, and the addresses destroyed (bounded to 100). */
  changes: { counts: Record<string, number>; destroyed: string[] };
  environments: string[];
  /** Whether the PR touched infrastructure, and which kinds. */
  infra?: { touched: boolean; kinds: string[] };
  /** Digest of the risk-relevant plan (address × action × sensitive attributes), when a plan was read. */
  planDigest?: string;
  /** Digests of the plan artifacts read, by artifact name. */
  artifacts?: Record<string, string>;
  decision: { conclusion: GateConclusion; mode: "enforce" | "shadow"; wouldBlock: boolean; requiredApprovals: number; approvedBy: string[]; missing: string[] };
}

/** An approval that counted towards opening the gate, with the reviewer's teams at that time. */
export interface ApprovalEvent extends AuditEventBase {
  kind: "approval";
  headSha: string;
  login: string;
  commitId: string;
  submittedAt: string;
  teams: string[];
}

/** A break-glass override: who opened the gate for which head SHA, and why. */
export interface OverrideEvent extends AuditEventBase {
  kind: "override";
  headSha: string;
  login: string;
  reason: string;
  teams: string[];
}

/** A merged PR: who merged it, the merge commit, the base to roll back to and a ready revert command. */
export interface MergeEvent extends AuditEventBase {
  kind: "merge";
  headSha: string;
  mergedBy: string;
  mergeSha: string;
  baseSha: string;
  revertCommand: string;
  agent: string | null;
  environments: string[];
  destroyed: number;
}

/** A config that could not be used (the gate failed closed). */
export interface ConfigInvalidEvent extends AuditEventBase {
  kind: "config-invalid";
  headSha: string;
  messages: string[];
}

/** Everything Airlock records in its append-only audit trail. */
export type AuditEvent = EvaluationEvent | ApprovalEvent | OverrideEvent | MergeEvent | ConfigInvalidEvent;

/** A stored audit event: its position in the chain and the hash linking it to the previous record. */
export interface AuditRecord {
  seq: number;
  event: AuditEvent;
  /** Hex SHA-256 of the previous record's hash and this record's canonical JSON; the first record links to 64 zeros. */
  prevHash: string;
  hash: string;
}
