import { headKey, type TimedEvent } from "./timeline.js";

/** One head SHA whose gate was opened by approvals, and how long it was held. */
export interface GateOpening {
  repository: string;
  pullNumber: number;
  headSha: string;
  /** The agent of the opening evaluation (null when not an agent PR). */
  agent: string | null;
  firstEvaluatedMs: number;
  openedMs: number;
  seconds: number;
}

interface HeadState {
  firstMs: number;
  held: boolean;
  done: boolean;
}

/**
 * `findGateOpenings` measures time to approval. For each head SHA of a PR: the clock starts at its first
 * recorded evaluation; the gate opens at the first later evaluation that would not block
 * (`decision.wouldBlock` false, so shadow mode counts too) after at least one that would. Head SHAs that
 * were never held, are still held, or got an override before opening are not counted; only the first
 * opening of a head counts. `events` must be in `timeline` order.
 */
export function findGateOpenings(events: readonly TimedEvent[]): GateOpening[] {
  const heads = new Map<string, HeadState>();
  const openings: GateOpening[] = [];
  for (const { atMs, event } of events) {
    const key = headKey(event);
    let state = heads.get(key);
    if (state === undefined) {
      state = { firstMs: atMs, held: false, done: false };
      heads.set(key, state);
    }
    if (state.done) continue;
    if (event.kind === "override") {
      state.done = true;
      continue;
    }
    if (event.decision.wouldBlock) {
      state.held = true;
    } else if (state.held) {
      state.done = true;
      const { repository, pullNumber, headSha } = event;
      const agent = event.agent.isAgent ? event.agent.name : null;
      openings.push({ repository, pullNumber, headSha, agent, firstEvaluatedMs: state.firstMs, openedMs: atMs, seconds: (atMs - state.firstMs) / 1000 });
    } else {
      state.done = true;
    }
  }
  return openings;
}
