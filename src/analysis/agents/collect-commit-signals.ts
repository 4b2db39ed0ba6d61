import type { GitIdentity } from "../../model/index.js";
import type { AgentFinding, AgentSignal } from "./agent-signal.js";
import { asciiLower } from "./ascii-lower.js";
import type { RegistryIndex } from "./index-registry.js";
import { matchEmail } from "./match-email.js";
import { parseIdentity } from "./parse-identity.js";
import type { CommitText } from "./read-pull-request-text.js";
import { WEAK_HINTS } from "./weak-hints.js";

/** Signals and spoof findings read from commits. */
export interface CommitSignals {
  signals: AgentSignal[];
  findings: AgentFinding[];
}

/**
 * `collectCommitSignals` returns the claims commits make: author/committer emails and name suffixes,
 * subject prefixes, `Co-authored-by` trailers matched by email or vendor domain (never by name), the
 * agents' own trailer keys, and the "Initial plan" first commit. When `pushedOnlyByHumans` (GitHub says
 * every push came from a person), a commit email claiming an agent's bot account is a forgery: it yields a
 * `forged-bot-identity` finding instead of a signal.
 */
export function collectCommitSignals(params: {
  commits: readonly CommitText[];
  index: RegistryIndex;
  pushedOnlyByHumans: boolean;
}): CommitSignals {
  const { commits, index, pushedOnlyByHumans } = params;
  const out: CommitSignals = { signals: [], findings: [] };
  commits.forEach((commit, position) => {
    identitySignals(commit, "author", commit.author, index, pushedOnlyByHumans, out);
    // Most commits are committed by their author: one claim, quoted once.
    if (!sameIdentity(commit.author, commit.committer)) {
      identitySignals(commit, "committer", commit.committer, index, pushedOnlyByHumans, out);
    }
    subjectSignals(commit, position === 0, index, out.signals);
    trailerSignals(commit, index, out.signals);
  });
  return out;
}

function identitySignals(
  commit: CommitText,
  role: "author" | "committer",
  identity: GitIdentity | undefined,
  index: RegistryIndex,
  pushedOnlyByHumans: boolean,
  out: CommitSignals,
): void {
  if (identity === undefined || identity === null) return;
  const email = identity.email ?? "";
  const name = (identity.name ?? "").trim();
  const match = matchEmail(index, email);
  for (const agent of match.agents) {
    if (match.claimsBotAccount && pushedOnlyByHumans) {
      const value = `commit ${commit.sha.slice(0, 12)} ${role} <${email}> was pushed by a human`;
      out.findings.push({ signal: "forged-bot-identity", value, strength: "strong", agent });
    } else {
      out.signals.push({ agent, family: "commit-email", value: `${role} ${name} <${email}>` });
    }
  }
  const lowerName = asciiLower(name);
  for (const suffix of index.nameSuffixes) {
    if (lowerName.endsWith(suffix.lower)) {
      out.signals.push({ agent: suffix.agent, family: "name-suffix", value: `${role} name ${name}` });
    }
  }
}

function sameIdentity(a: GitIdentity | undefined, b: GitIdentity | undefined): boolean {
  return a?.name === b?.name && asciiLower(a?.email ?? "") === asciiLower(b?.email ?? "");
}

function subjectSignals(commit: CommitText, isFirst: boolean, index: RegistryIndex, signals: AgentSignal[]): void {
  const lower = asciiLower(commit.subject);
  for (const prefix of index.subjectPrefixes) {
    if (lower.startsWith(prefix.lower)) signals.push({ agent: prefix.agent, family: "subject-prefix", value: commit.subject });
  }
  if (!isFirst) return;
  const subject = lower.trim();
  for (const [agent, hints] of Object.entries(WEAK_HINTS)) {
    if (!index.agents.has(agent)) continue;
    if (hints.firstCommitSubjects.some((candidate) => asciiLower(candidate) === subject)) {
      signals.push({ agent, family: "initial-plan-commit", value: commit.subject });
    }
  }
}

function trailerSignals(commit: CommitText, index: RegistryIndex, signals: AgentSignal[]): void {
  for (const trailer of commit.trailers) {
    const line = `${trailer.rawKey}: ${trailer.value}`;
    if (trailer.key === "co-authored-by") {
      const identity = parseIdentity(trailer.value);
      const agents = identity === undefined ? [] : matchEmail(index, identity.email).agents;
      for (const agent of agents) signals.push({ agent, family: "co-author", value: line });
    }
    for (const agent of index.byTrailerKey.get(trailer.key) ?? []) {
      signals.push({ agent, family: "agent-trailer", value: line });
    }
  }
}
