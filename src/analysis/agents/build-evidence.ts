import type { AgentEvidence } from "../../model/index.js";
import { SIGNAL_FAMILIES, strengthRank, type AgentFinding, type AgentSignal } from "./agent-signal.js";
import { DETECTION_LIMITS } from "./detection-limits.js";
import { toEvidenceValue } from "./to-evidence-value.js";

/**
 * `buildEvidence` returns the evidence list of a verdict: `leading` findings (the reason a verdict was
 * forced), then signals strongest first (by tier, then weight), then `trailing` findings (spoof checks,
 * the requester). Agent-agnostic signals are credited to `attributedTo`. Duplicates are dropped, each
 * agent keeps at most `maxEvidencePerSignal` entries per signal and the list at most `maxEvidence`
 * (findings are never crowded out by signals); every value is flattened and cut by `toEvidenceValue`.
 */
export function buildEvidence(params: {
  leading?: readonly AgentFinding[];
  signals: readonly AgentSignal[];
  trailing?: readonly AgentFinding[];
  attributedTo?: string | null;
}): AgentEvidence[] {
  const leading = bounded((params.leading ?? []).map(fromFinding));
  const trailing = bounded((params.trailing ?? []).map(fromFinding));
  const ranked = [...params.signals].sort(
    (a, b) =>
      strengthRank(SIGNAL_FAMILIES[b.family].strength) - strengthRank(SIGNAL_FAMILIES[a.family].strength) ||
      SIGNAL_FAMILIES[b.family].weight - SIGNAL_FAMILIES[a.family].weight,
  );
  const signals = bounded(ranked.map((signal) => fromSignal(signal, params.attributedTo ?? null)));
  const room = Math.max(DETECTION_LIMITS.maxEvidence - leading.length - trailing.length, 0);
  return [...leading, ...signals.slice(0, room), ...trailing].slice(0, DETECTION_LIMITS.maxEvidence);
}

function fromSignal(signal: AgentSignal, attributedTo: string | null): AgentEvidence {
  const agent = signal.agent ?? attributedTo;
  const evidence: AgentEvidence = {
    signal: signal.family,
    value: toEvidenceValue(signal.value),
    strength: SIGNAL_FAMILIES[signal.family].strength,
  };
  if (agent !== null) evidence.agent = agent;
  return evidence;
}

function fromFinding(finding: AgentFinding): AgentEvidence {
  const evidence: AgentEvidence = { signal: finding.signal, value: toEvidenceValue(finding.value), strength: finding.strength };
  if (finding.agent !== undefined) evidence.agent = finding.agent;
  return evidence;
}

function bounded(entries: readonly AgentEvidence[]): AgentEvidence[] {
  const seen = new Set<string>();
  const perSignal = new Map<string, number>();
  const out: AgentEvidence[] = [];
  for (const entry of entries) {
    const group = `${entry.agent ?? ""}\u0000${entry.signal}`;
    const key = `${group}\u0000${entry.value}`;
    const count = perSignal.get(group) ?? 0;
    if (seen.has(key) || count >= DETECTION_LIMITS.maxEvidencePerSignal) continue;
    seen.add(key);
    perSignal.set(group, count + 1);
    out.push(entry);
  }
  return out;
}
