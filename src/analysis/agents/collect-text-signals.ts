import type { SnapshotPullRequest } from "../../model/index.js";
import type { AgentSignal } from "./agent-signal.js";
import { asciiLower } from "./ascii-lower.js";
import { findLine } from "./find-line.js";
import type { RegistryIndex } from "./index-registry.js";
import type { PullRequestText } from "./read-pull-request-text.js";
import { REQUESTER_PHRASES } from "./requester-phrases.js";
import { WEAK_HINTS } from "./weak-hints.js";

/**
 * `collectTextSignals` returns the claims a PR's own text makes: vendor markers and session links in the
 * body (medium), and the hints anyone types (weak): head branch prefix, labels, title prefix, and the
 * requester line of agents that sign their bodies that way (Devin's "Requested by:", Jules' "started by
 * @"). Values quote the pattern or a short line, never the body.
 */
export function collectTextSignals(params: {
  pullRequest: SnapshotPullRequest;
  text: PullRequestText;
  index: RegistryIndex;
}): AgentSignal[] {
  const { pullRequest, text, index } = params;
  const signals: AgentSignal[] = [];
  for (const marker of index.bodyMarkers) {
    if (text.bodyLower.includes(marker.lower)) signals.push({ agent: marker.agent, family: "body-marker", value: marker.literal });
  }
  const headRef = pullRequest.headRef ?? "";
  const branch = asciiLower(headRef);
  for (const prefix of index.branchPrefixes) {
    if (branch.startsWith(prefix.lower)) signals.push({ agent: prefix.agent, family: "branch-prefix", value: headRef });
  }
  for (const label of (pullRequest.labels ?? []).slice(0, 100)) {
    for (const agent of index.byLabel.get(asciiLower(label.trim())) ?? []) signals.push({ agent, family: "label", value: label });
  }
  signals.push(...titleSignals(pullRequest.title ?? "", index), ...requesterLineSignals(text, index));
  return signals;
}

function titleSignals(title: string, index: RegistryIndex): AgentSignal[] {
  const lower = asciiLower(title.trimStart());
  const signals: AgentSignal[] = [];
  for (const [agent, hints] of Object.entries(WEAK_HINTS)) {
    if (!index.agents.has(agent)) continue;
    if (hints.titlePrefixes.some((prefix) => lower.startsWith(asciiLower(prefix)))) {
      signals.push({ agent, family: "wip-title", value: title });
    }
  }
  return signals;
}

function requesterLineSignals(text: PullRequestText, index: RegistryIndex): AgentSignal[] {
  const signals: AgentSignal[] = [];
  for (const source of ["body-requested-by", "body-started-by"] as const) {
    const found = findLine(text.body, text.bodyLower, REQUESTER_PHRASES[source]);
    if (found === undefined) continue;
    for (const agent of index.agents.values()) {
      if (agent.requesterSources.includes(source)) signals.push({ agent: agent.name, family: "requester-line", value: found.line });
    }
  }
  return signals;
}
