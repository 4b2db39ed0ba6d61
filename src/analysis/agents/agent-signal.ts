import type { AgentEvidence } from "../../model/index.js";

/** How much a signal can be trusted: GitHub-asserted, a structured claim, or a hint. */
export type SignalStrength = AgentEvidence["strength"];

/**
 * The weight and strength of each scored signal family (agents.md §5.2). Weights only rank agents
 * against each other; the confidence level comes from the strongest tier present, so spoofable text can
 * never reach `verified`.
 */
export const SIGNAL_FAMILIES = {
  "author-id": { strength: "strong", weight: 1 },
  "performed-via-app": { strength: "strong", weight: 0.95 },
  "sender-id": { strength: "strong", weight: 0.95 },
  "pusher-id": { strength: "strong", weight: 0.95 },
  "always-agent": { strength: "strong", weight: 0.9 },
  "commit-email": { strength: "medium", weight: 0.6 },
  "co-author": { strength: "medium", weight: 0.6 },
  "agent-trailer": { strength: "medium", weight: 0.6 },
  "performed-via-app-slug": { strength: "medium", weight: 0.6 },
  "body-marker": { strength: "medium", weight: 0.5 },
  "name-suffix": { strength: "medium", weight: 0.5 },
  "subject-prefix": { strength: "medium", weight: 0.5 },
  "branch-prefix": { strength: "weak", weight: 0.25 },
  label: { strength: "weak", weight: 0.2 },
  "wip-title": { strength: "weak", weight: 0.1 },
  "initial-plan-commit": { strength: "weak", weight: 0.1 },
  "requester-line": { strength: "weak", weight: 0.1 },
} as const satisfies Record<string, { strength: SignalStrength; weight: number }>;

export type SignalFamily = keyof typeof SIGNAL_FAMILIES;

/**
 * One observed fingerprint. `agent` is the registry name it points at, or null when it says "an agent"
 * without saying which (a configured machine user). `family` is also the evidence `signal` id.
 */
export interface AgentSignal {
  agent: string | null;
  family: SignalFamily;
  value: string;
}

/**
 * A finding that is not itself evidence of an agent but explains the verdict: a spoof or consistency
 * check that fired, why a PR was forced to human or classed as automation, where the requester came from.
 */
export interface AgentFinding {
  signal: "inconsistent-copilot-claim" | "forged-bot-identity" | "never-agent" | "automation" | "requester";
  value: string;
  strength: SignalStrength;
  agent?: string;
}

/** `strengthRank` orders strengths for sorting: strong 3, medium 2, weak 1. */
export function strengthRank(strength: SignalStrength): number {
  return strength === "strong" ? 3 : strength === "medium" ? 2 : 1;
}
