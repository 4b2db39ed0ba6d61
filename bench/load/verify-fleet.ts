/**
 * After a load test, checks what the fake repository ended up with: every check run completed and none
 * failed (a failure means an evaluation error in this fleet, whose PRs are all valid), at most one run per
 * head SHA, and exactly one on each PR's current head.
 */
import { HEADS_PER_PULL, headSha, type FleetState } from "./fleet-state.js";

/** The verdict of the checks; every list empty and counts 0 means correct. */
export interface FleetVerification {
  checkRuns: number;
  notCompleted: number;
  failed: number;
  /** `#pr sha` of heads with more than one run of the check. */
  duplicateRuns: string[];
  /** `#pr` of PRs whose current head has no run of the check. */
  headsWithoutRun: string[];
  /** Count of runs per conclusion. */
  conclusions: Record<string, number>;
  /** The first few failed or unfinished runs: head and summary. */
  examples: string[];
}

/** `verifyFleet` checks the runs named `checkName` (Airlock's is `Airlock`). */
export function verifyFleet(state: FleetState, checkName: string): FleetVerification {
  const out: FleetVerification = { checkRuns: 0, notCompleted: 0, failed: 0, duplicateRuns: [], headsWithoutRun: [], conclusions: {}, examples: [] };
  const prOfSha = new Map<string, number>();
  for (const run of state.checkRuns.values()) {
    if (run.name !== checkName) continue;
    out.checkRuns += 1;
    if (run.status !== "completed") out.notCompleted += 1;
    if (run.conclusion === "failure") out.failed += 1;
    if ((run.status !== "completed" || run.conclusion === "failure") && out.examples.length < 5) {
      out.examples.push(`${run.head_sha.slice(0, 7)} ${run.status}/${run.conclusion}: ${(run.output.summary ?? run.output.title ?? "").slice(0, 300)}`);
    }
    const conclusion = run.conclusion ?? "(none)";
    out.conclusions[conclusion] = (out.conclusions[conclusion] ?? 0) + 1;
  }
  for (const pull of state.pulls.values()) {
    for (let v = 0; v < HEADS_PER_PULL; v += 1) prOfSha.set(headSha(pull.number, v), pull.number);
    const onHead = (state.checkRunsBySha.get(pull.pr.head.sha) ?? []).filter((r) => r.name === checkName);
    if (onHead.length === 0) out.headsWithoutRun.push(`#${pull.number}`);
  }
  for (const [sha, runs] of state.checkRunsBySha) {
    if (runs.filter((r) => r.name === checkName).length > 1) out.duplicateRuns.push(`#${prOfSha.get(sha) ?? "?"} ${sha.slice(0, 7)}`);
  }
  return out;
}

/** `verificationErrors` is the number of problems a verification found. */
export function verificationErrors(v: FleetVerification): number {
  return v.notCompleted + v.failed + v.duplicateRuns.length + v.headsWithoutRun.length;
}
