import type { Diagnostic } from "./diagnostic.js";
import type { ChangeAction, ChangeCertainty, ChangeSource, ConfigChangeKind } from "./resource-change.js";
import type { Score } from "./score.js";

/** How sure Airlock is that a PR is agent-authored: `verified` needs a GitHub-asserted identity. */
export type AgentConfidence = "verified" | "likely" | "possible" | "none";

/** One signal behind an agent attribution. `strength` is strong (GitHub-asserted), medium (structured claim) or weak (hint). */
export interface AgentEvidence {
  signal: string;
  value: string;
  strength: "strong" | "medium" | "weak";
  agent?: string;
}

export interface AgentVerdict {
  isAgent: boolean;
  name: string | null;
  confidence: AgentConfidence;
  /** The human who launched the agent, whose approval does not count. */
  requester: string | null;
  /** Other humans a requester source names (a co-author trailer, an assignee): their approvals do not count either. */
  otherRequesters?: string[];
  evidence: AgentEvidence[];
}

export type InfraKind = "terraform" | "opentofu" | "cdktf" | "aws-cdk" | "cloudformation";

export interface InfraVerdict {
  touched: boolean;
  kinds: InfraKind[];
  files: string[];
  environments: string[];
}

export interface TamperVerdict {
  detected: boolean;
  files: string[];
}

/** The public projection of a ResourceChange (no attribute values: they may hold secrets). */
export interface ChangeSummary {
  address: string;
  type: string;
  action: ChangeAction;
  source: ChangeSource;
  reasons: string[];
  certainty: ChangeCertainty;
  root: string;
  previousAddress?: string;
  constructPath?: string;
  file?: string;
  line?: number;
  drift?: boolean;
}

export interface ConfigChangeSummary {
  kind: ConfigChangeKind;
  address: string;
  root: string;
  message: string;
  file?: string;
  line?: number;
}

/** `success` lets the PR merge; `action_required` waits for humans or a plan; `failure` means something is wrong. Never neutral. */
export type GateConclusion = "success" | "action_required" | "failure";

export interface IgnoredReview {
  login: string;
  why: string;
}

export interface GateVerdict {
  conclusion: GateConclusion;
  requiredApprovals: number;
  approvedBy: string[];
  ignoredReviews: IgnoredReview[];
  summary: string;
  /** What is still missing before the gate opens, one line each. */
  missing: string[];
  /** `shadow` reports what would block but lets the PR pass. */
  mode: "enforce" | "shadow";
  /** In shadow mode, whether enforce mode would have blocked. */
  wouldBlock: boolean;
}

/**
 * A small picture of what the change reaches: changed resources and the resources that depend on them
 * (edges point from a dependent to what it depends on). Bounded in size for rendering; `truncated` says so.
 */
export interface DependencySketch {
  nodes: { id: string; address: string; type: string; action?: ChangeAction }[];
  edges: { from: string; to: string }[];
  truncated: boolean;
}

/** Everything one evaluation decides (contract: `--format json` of `airlock analyze` and `airlock simulate`). */
export interface Verdict {
  agent: AgentVerdict;
  infra: InfraVerdict;
  tamper: TamperVerdict;
  changes: ChangeSummary[];
  configChanges: ConfigChangeSummary[];
  destructiveness: Score;
  blastRadius: Score;
  labels: string[];
  gate: GateVerdict;
  diagnostics: Diagnostic[];
  /** Changed resources and their dependents, for the diagram in the PR comment. */
  dependencies?: DependencySketch;
  /** Digest of the risk-relevant planned change set (address × action × protection attributes), when plans were read. */
  planDigest?: string;
}
