import type { AgentConfidence } from "../../model/index.js";
import { SIGNAL_FAMILIES, strengthRank, type AgentSignal, type SignalFamily } from "./agent-signal.js";
import { confidenceRank } from "./meets-confidence.js";

/** The name reported when only agent-agnostic signals fired (a configured machine user). */
export const UNATTRIBUTED_AGENT = "unknown";

/** One agent's aggregate: its confidence level and its noisy-OR score in [0, 1]. */
export interface AgentScore {
  agent: string;
  confidence: AgentConfidence;
  score: number;
}

const CONFIDENCE_BY_STRENGTH = { strong: "verified", medium: "likely", weak: "possible" } as const;

/**
 * `aggregateSignals` returns one score per agent that has signals, best first. Within a family only the
 * strongest weight counts (ten identical trailers are one claim); across families weights combine as a
 * noisy-OR, `1 − Π(1 − w)`. The confidence is set by the strongest tier present — strong → `verified`,
 * medium → `likely`, weak → `possible` — so no amount of typed text reaches `verified`. Agent-agnostic
 * signals count for every named agent, or for `UNATTRIBUTED_AGENT` when no agent is named. Ties keep
 * the order in which agents first appear in `signals`.
 */
export function aggregateSignals(signals: readonly AgentSignal[]): AgentScore[] {
  const generic = signals.filter((signal) => signal.agent === null);
  const byAgent = new Map<string, AgentSignal[]>();
  for (const signal of signals) {
    if (signal.agent === null) continue;
    const list = byAgent.get(signal.agent) ?? [];
    list.push(signal);
    byAgent.set(signal.agent, list);
  }
  if (byAgent.size === 0 && generic.length > 0) byAgent.set(UNATTRIBUTED_AGENT, []);
  const scores = [...byAgent].map(([agent, own]) => scoreAgent(agent, [...own, ...generic]));
  return scores.sort(
    (a, b) => confidenceRank(b.confidence) - confidenceRank(a.confidence) || b.score - a.score,
  );
}

function scoreAgent(agent: string, signals: readonly AgentSignal[]): AgentScore {
  const strongest = new Map<SignalFamily, number>();
  let topStrength = 0;
  for (const signal of signals) {
    const family = SIGNAL_FAMILIES[signal.family];
    strongest.set(signal.family, Math.max(strongest.get(signal.family) ?? 0, family.weight));
    topStrength = Math.max(topStrength, strengthRank(family.strength));
  }
  let miss = 1;
  for (const weight of strongest.values()) miss *= 1 - weight;
  return { agent, confidence: confidenceForRank(topStrength), score: 1 - miss };
}

function confidenceForRank(rank: number): AgentConfidence {
  if (rank >= 3) return CONFIDENCE_BY_STRENGTH.strong;
  if (rank === 2) return CONFIDENCE_BY_STRENGTH.medium;
  return rank === 1 ? CONFIDENCE_BY_STRENGTH.weak : "none";
}
